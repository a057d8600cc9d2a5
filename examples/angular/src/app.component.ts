import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, DestroyRef, inject, signal } from '@angular/core';
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
      <!-- [controller] and [formFields] set the properties; (auth-…) listens to the kit's events, $event typed from HTMLElementEventMap. -->
      <auth-flow
        [controller]="controller"
        [formFields]="formFields"
        hide-sign-up
        (auth-signed-in)="onSignedIn($event)"
        (auth-signed-out)="user.set(null)"
      ></auth-flow>
    </main>
  `,
})
export class AppComponent {
  // One controller for the app: <auth-flow> renders its steps, a signal carries its state.
  protected readonly controller = new AuthController(new CognitoApiBackend(config));
  protected readonly state = signal(this.controller.getSnapshot());
  protected readonly user = signal<string | null>(null);
  // How sign-up shows its attributes (the kit's form-fields): a plan to choose, required.
  protected readonly formFields: FormFields = {
    signUp: [{ name: 'custom:plan', label: 'Plan', type: 'select', required: true, options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] }],
  };

  constructor() {
    const unsubscribe = this.controller.subscribe((next) => this.state.set(next));
    inject(DestroyRef).onDestroy(() => {
      unsubscribe();
      this.controller.dispose(); // stops its token refresh timer
    });
  }

  protected onSignedIn(event: AuthSignedInDomEvent): void {
    this.user.set(event.detail.username);
  }
}
