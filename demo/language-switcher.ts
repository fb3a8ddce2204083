// The demo's language switcher: sets lang and dir on <html>, which the
// timeline watches, so its words, dates and direction follow at once.
// `?lang=fa-AF` in the address picks a language on arrival.

const DIRECTIONS: Record<string, 'ltr' | 'rtl'> = {'en-GB': 'ltr', ru: 'ltr', 'fa-AF': 'rtl', ps: 'rtl'};

function apply(lang: string): void {
  const dir = DIRECTIONS[lang];
  if (!dir) return;
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
}

const picker = document.querySelector<HTMLSelectElement>('#language');
const requested = new URLSearchParams(location.search).get('lang');
if (requested && DIRECTIONS[requested]) apply(requested);
if (picker) {
  picker.value = document.documentElement.lang;
  picker.addEventListener('change', () => {
    apply(picker.value);
    const url = new URL(location.href);
    url.searchParams.set('lang', picker.value);
    history.replaceState(null, '', url);
  });
}
