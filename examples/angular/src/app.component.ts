import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, DestroyRef, inject, signal } from '@angular/core';
import 'cognito-auth-flow/define';
import { AuthController, CognitoApiBackend, type AuthSignedInDomEvent, type FormFields } from 'cognito-auth-flow';
import { config } from './config';

@Component({
  selector: 'app-root',
  // <auth-flow> is a custom element, not an Angular component.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <p role="status" id="greeting">{{ user() ? 'Welcome, ' + user() : 'Not signed in' }}</p>
      <p id="step">Controller state: {{ state().step }}{{ state().pending ? ' (working…)' : '' }}</p>
      <p id="event">Last event: {{ lastEvent() }}</p>
      <!-- [controller] and [formFields] set the properties; (auth-…) listens to the kit's events, $event typed from HTMLElementEventMap. -->
      <auth-flow
        [controller]="controller"
        [formFields]="formFields"
        hide-sign-up
        (auth-signed-in)="onSignedIn($event)"
        (auth-signed-out)="lastEvent.set('signed out as ' + $event.detail.username)"
      ></auth-flow>
    </main>
  `,
})
export class AppComponent {
  // One controller for the app: <auth-flow> renders its steps, a signal carries its state.
  // `persist` keeps the person signed in across reloads and tabs (sealed, never in plain text).
  protected readonly controller = new AuthController(new CognitoApiBackend({ ...config, persist: 'local' }));
  protected readonly state = signal(this.controller.getSnapshot());
  // State for what to show (a restored session too), events for what happened.
  protected readonly user = computed(() => {
    const state = this.state();
    return state.step === 'signedIn' ? state.session.username : null;
  });
  protected readonly lastEvent = signal('–');
  // How sign-up shows its attributes (the kit's form-fields): a plan to choose, required.
  protected readonly formFields: FormFields = {
    signUp: [{ name: 'custom:plan', label: 'Plan', type: 'select', required: true, options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] }],
  };

  constructor() {
    const unsubscribe = this.controller.subscribe((next) => this.state.set(next));
    // A session kept from an earlier visit shows without signing in again.
    void this.controller.restore();
    inject(DestroyRef).onDestroy(() => {
      unsubscribe();
      this.controller.dispose(); // stops its token refresh timer and its watch on other tabs
    });
  }

  protected onSignedIn(event: AuthSignedInDomEvent): void {
    this.lastEvent.set(`signed in as ${event.detail.username}`);
  }
}
