// Stands in for another Lit-based library on the host page, loaded before the widget: its Lit
// copy creates the default Trusted Types policy "lit-html".
import {LitElement, html} from 'lit';

class OtherWidget extends LitElement {
  render() {
    return html`<p>Another library's widget</p>`;
  }
}
customElements.define('other-lit-widget', OtherWidget);
