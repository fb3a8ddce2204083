// Vue's full build (runtime plus template compiler) has the same API as the
// runtime-only `vue` entry but ships no declaration file of its own.
declare module 'vue/dist/vue.esm-bundler.js' {
  export * from 'vue';
}
