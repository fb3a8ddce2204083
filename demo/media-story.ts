// The media demo: eight events of the default story, read from its data file
// (so every fact, date and source is the story's own), stepped through in the
// order of the withdrawal, three of them with a graphic drawn for this demo
// (demo/media/*.svg, from the dates and figures in the same file).

interface EventInput {
  id: string;
  [key: string]: unknown;
}

const STEPS = [
  'doha-agreement',
  'biden-announces-withdrawal',
  'withdrawal-begins',
  'fall-of-kabul-2021',
  'kabul-airlift',
  'kabul-airport-bombing',
  'last-us-troops-leave',
  'moscow-format-talks-2021',
];

const CREDIT = 'Graphic: news-timeline demo';

/** The graphics, by event; `url` is a file name in demo/media/. */
const MEDIA: Record<string, {url: string; [field: string]: unknown}> = {
  'doha-agreement': {
    url: 'deadlines.svg', kind: 'image', width: 720, height: 400, credit: CREDIT,
    alt: 'A line from February 2020 to October 2021 marking the Doha agreement of 29 February 2020, Biden\'s announcement of 14 April 2021, the start of the final pullout on 1 May 2021, the last US troops leaving on 30 August 2021, and the deadlines of 31 August and 11 September 2021.',
    caption: 'The deadlines set at Doha and in Washington, and the day the last troops left.',
  },
  'kabul-airlift': {
    url: 'airlift.svg', kind: 'image', width: 720, height: 300, credit: CREDIT,
    alt: 'Twelve figures, each standing for 10,000 people: over 120,000 people flown out of Kabul until the final US flight on 30 August 2021.',
    caption: 'The scale of the airlift from Hamid Karzai International Airport.',
  },
  'moscow-format-talks-2021': {
    url: 'moscow-talks.svg', kind: 'image', width: 720, height: 420, credit: CREDIT,
    alt: 'Seats around a table: Russia, China, India, Pakistan, Iran, five Central Asian states and the Taliban delegation; the seat of the United States is empty.',
    caption: 'Who sat at the third round of Moscow-format talks, and who stayed away.',
  },
};

/** The demo's timeline, made from the default story's document, with the graphics' files at `base` (an http(s) address). */
export function mediaStory(story: {categories: unknown[]; events: EventInput[]}, base: string) {
  const media = (id: string) => MEDIA[id] && {...MEDIA[id], url: new URL(MEDIA[id].url, base).href};
  return {
    title: 'The withdrawal, step by step',
    description: 'From the Doha agreement to the Moscow talks in eight steps, taken from the default story; three of them with a graphic.',
    categories: story.categories,
    events: story.events
      .filter((event) => STEPS.includes(event.id))
      .map((event) => (MEDIA[event.id] ? {...event, media: media(event.id)} : event)),
    story: STEPS,
  };
}

async function load(timeline: Element & {data?: unknown}): Promise<void> {
  const story = await (await fetch(new URL('../data/afghanistan-2001-2021.json', import.meta.url))).json();
  timeline.data = mediaStory(story, new URL('./media/', import.meta.url).href);
}

// Imported by a Node test too, where there is no page to fill.
const timeline = globalThis.document?.querySelector('news-timeline');
if (timeline) void load(timeline);
