// An Angular 21 app with a standalone component and zoneless change detection. Its template is
// compiled just in time in the browser (the runtime compiler, with the component's decorator called
// as a function), so this plain-JS app needs no Angular CLI; the template binds exactly as an
// ahead-of-time build's would. CUSTOM_ELEMENTS_SCHEMA lets the template use the widget's tags.
import '@angular/compiler';
import {Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal} from '@angular/core';
import {bootstrapApplication} from '@angular/platform-browser';
import 'secondary-liver-info/define.js';

window.__events = [];

class App {
  level = signal(3);

  constructor() {
    window.__setLevel = (value) => this.level.set(value);
  }

  record(name, event) {
    window.__events.push([name, event.detail.origin ?? event.detail.term]);
  }
}

// `[headingLevel]` and `[noIllustration]` set properties; `(sli-…)` listens for the events;
// `[attr.no-illustration]="false"` writes the attribute with the value "false".
Component({
  selector: 'app-root',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<main>
    <secondary-liver-info
      id="panel"
      [headingLevel]="level()"
      sections="symptoms"
      [noIllustration]="true"
      (sli-content-load)="record('load', $event)"
      (sli-glossary-open)="record('open', $event)"
    ></secondary-liver-info>
    <secondary-liver-info id="attribute-false" [attr.no-illustration]="false" sections="what-is-it"></secondary-liver-info>
  </main>`,
})(App);

bootstrapApplication(App, {providers: [provideZonelessChangeDetection()]}).catch((error) => {
  window.__bootstrapError = String(error);
});
