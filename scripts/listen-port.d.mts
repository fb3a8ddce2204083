// Types for the test that imports the port helpers (test/node/start.test.ts).
import type {Server} from 'node:net';

export function portFromEnv(value: string | undefined): number;
export function serverUrl(host: string, port: number): string;
export function listenFromPort(server: Server, host: string, firstPort: number, log?: (line: string) => void): Promise<number>;
