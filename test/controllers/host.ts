import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The least a controller needs of its host: it keeps the controllers and counts the updates asked of it. */
export function minimalHost() {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const stub: ReactiveControllerHost = {
    addController: (controller) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => updates++,
    updateComplete: Promise.resolve(true),
  };
  return {
    stub,
    controllers,
    updates: () => updates,
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
}
