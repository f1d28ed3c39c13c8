// A small Component Story Format renderer: lists the stories, renders the chosen one with the page's
// controls as args, and shows the embed snippet. ?story=Name&theme=dark&lang=vi picks them from the URL.
import { html, render } from 'lit';
import '../src/define.js';
import * as module from './vr-timeline.stories.js';
import type { Story, StoryArgs } from './vr-timeline.stories.js';

const { default: meta, __namedExportsOrder: names, ...rest } = module;
const stories = rest as unknown as Record<string, Story>;
const params = new URLSearchParams(location.search);
const state = {
  story: names.includes(params.get('story') ?? '') ? params.get('story')! : names[0]!,
  args: { ...meta.args, lang: params.get('lang') ?? meta.args.lang, theme: params.get('theme') ?? meta.args.theme } as StoryArgs,
};

function update(): void {
  const url = new URL(location.href);
  url.searchParams.set('story', state.story);
  url.searchParams.set('lang', state.args.lang);
  url.searchParams.set('theme', state.args.theme);
  history.replaceState(null, '', url);
  document.documentElement.dataset.theme = state.args.theme;
  const story = stories[state.story]!;
  render(
    html`<header>
        <h1>vr-timeline <small>stories</small></h1>
        <label>Language
          <select @change=${(e: Event) => ((state.args.lang = (e.target as HTMLSelectElement).value as StoryArgs['lang']), update())}>
            ${['en', 'vi', 'ru'].map((l) => html`<option ?selected=${l === state.args.lang}>${l}</option>`)}
          </select>
        </label>
        <label>Theme
          <select @change=${(e: Event) => ((state.args.theme = (e.target as HTMLSelectElement).value as StoryArgs['theme']), update())}>
            ${['auto', 'light', 'dark'].map((t) => html`<option ?selected=${t === state.args.theme}>${t}</option>`)}
          </select>
        </label>
      </header>
      <nav aria-label="Stories">
        <ul>
          ${names.map(
            (name) => html`<li>
              <a href="?story=${name}" aria-current=${name === state.story ? 'page' : 'false'} @click=${(e: Event) => (e.preventDefault(), (state.story = name), update())}
                >${stories[name]!.storyName ?? name}</a
              >
            </li>`,
          )}
        </ul>
      </nav>
      <main>
        <h2>${meta.title} / ${story.storyName ?? state.story}</h2>
        <div class="canvas">${story(state.args)}</div>
        ${story.snippet ? html`<h3>Embed</h3><pre><code>${story.snippet}</code></pre>` : ''}
      </main>`,
    document.body,
  );
}

update();
