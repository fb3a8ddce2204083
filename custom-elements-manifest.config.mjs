// Read by `cem analyze` (npm run analyze). The analyzer cannot follow two
// things in our sources, and tools that read the manifest (editor completion,
// framework wrapper generators) would inherit the mistakes:
// - src/news-timeline.ts registers the tags through a guarded helper, so the
//   analyzer sees `customElements.define(tag, constructor)` and records a tag
//   literally named "tag";
// - an event dispatched as `new NewsTimelineLoadEvent(...)` has no name it can
//   read, so it is listed a second time without one (the `@fires` line names it);
// - <news-timeline-event> extends `ElementBase`, a module constant that is the
//   global HTMLElement wherever the element can run (it only differs in Node,
//   so that importing the package there does not throw).

/** Every class with a `@tag` gets its definition, in place of the one the helper produced. */
function tagDefinitions() {
  return {
    name: 'news-timeline-tag-definitions',
    packageLinkPhase({customElementsManifest}) {
      const elements = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({module, declaration})),
      );
      for (const module of customElementsManifest.modules) {
        module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
      }
      const registration = customElementsManifest.modules.find((module) => module.path === 'src/news-timeline.ts');
      for (const {module, declaration} of elements) {
        registration.exports.push({
          kind: 'custom-element-definition',
          name: declaration.tagName,
          declaration: {name: declaration.name, module: module.path},
        });
      }
    },
  };
}

/** Drops events the analyzer could not name; each is documented by a `@fires` line. */
function namedEventsOnly() {
  return {
    name: 'news-timeline-named-events',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

/** Records the classes that extend `ElementBase` (src/elements/event/element-base.ts) as extending HTMLElement. */
function htmlElementBase() {
  return {
    name: 'news-timeline-html-element-base',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.name === 'ElementBase') declaration.superclass = {name: 'HTMLElement'};
        }
      }
    },
  };
}

export default {
  plugins: [tagDefinitions(), namedEventsOnly(), htmlElementBase()],
};
