// An Angular 21 app as the Angular CLI builds it: a standalone component with zoneless change
// detection, compiled ahead of time by ngc with strictTemplates (tsconfig.json beside this file),
// then bundled with Angular's own packages linked, as the CLI links them. CUSTOM_ELEMENTS_SCHEMA
// lets the template use the widget's tags, as docs/guides/frameworks.md says.
import {Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal} from '@angular/core';
import {bootstrapApplication} from '@angular/platform-browser';
import 'secondary-liver-info/define.js';
import type {ContentLoadDetail, GlossaryToggleDetail} from 'secondary-liver-info';

type HostWindow = Window & {__events: [string, string][]; __setLevel: (level: number) => void};
const host = window as unknown as HostWindow;
host.__events = [];

// `[headingLevel]` and `[noIllustration]` set properties; `(sli-…)` listens for the events;
// `[attr.no-illustration]="false"` writes the attribute with the value "false".
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<main>
    <secondary-liver-info
      id="panel"
      [headingLevel]="level()"
      sections="symptoms"
      [noIllustration]="true"
      (sli-content-load)="loaded($event)"
      (sli-glossary-open)="opened($event)"
    ></secondary-liver-info>
    <secondary-liver-info id="attribute-false" [attr.no-illustration]="false" sections="what-is-it"></secondary-liver-info>
  </main>`,
})
class App {
  readonly level = signal(3);

  constructor() {
    host.__setLevel = (value) => this.level.set(value);
  }

  // Under CUSTOM_ELEMENTS_SCHEMA Angular types a custom element's events as plain `Event`.
  loaded(event: Event): void {
    host.__events.push(['load', (event as CustomEvent<ContentLoadDetail>).detail.origin]);
  }

  opened(event: Event): void {
    host.__events.push(['open', (event as CustomEvent<GlossaryToggleDetail>).detail.term]);
  }
}

bootstrapApplication(App, {providers: [provideZonelessChangeDetection()]}).catch((error: unknown) => console.error(error));
