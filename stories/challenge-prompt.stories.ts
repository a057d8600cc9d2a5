import { html } from 'lit';
import { expect, within } from 'storybook/test';
import type { ChallengePromptRenderer } from '../src/elements/challenge-prompt.js';
import { ANY_CALL, cognitoError, fieldCheck } from './support/fixtures.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

const tag = 'auth-challenge-prompt';
const s = stepStories({
  tag,
  step: 'customChallenge',
  title: 'Steps/Custom challenge',
  fields: ['answer'],
  filled: { answer: '7' },
  description:
    '`<auth-challenge-prompt>`: one round of a custom challenge (`CUSTOM_CHALLENGE`, driven by the pool\'s ' +
    'Define/Create/Verify Lambda triggers). The public parameters `prompt`, `label` and `inputmode` shape it, ' +
    'always rendered as text; `challengePrompts` lets an app render its own prompt.',
});
export default { ...s.meta, title: 'Steps/Custom challenge', component: 'auth-challenge-prompt' };

const ERRORS = {
  answerRequired: fieldCheck('answer', 'required'),
  wrongAnswerLastRound: cognitoError('NotAuthorizedException', 'Incorrect username or password.'),
  triggerFailed: cognitoError('UserLambdaValidationException', 'VerifyAuthChallengeResponse failed with error Challenge unavailable.'),
  serviceError: cognitoError('UnexpectedLambdaException'),
  tooManyRequests: ANY_CALL.tooManyRequests(),
  network: ANY_CALL.network(),
};

export const Empty = s.empty();
export const Filled = s.filled();
export const Pending = s.pending();
export const SecondRound = s.empty({ round: 2 });
/** No `prompt`: the parameters are listed, as text. */
export const ParametersOnly = s.empty({ parameters: { name: 'captcha', hint: 'Type the word "orange" backwards.' } });
export const NoParameters = s.empty({ parameters: {} });

/** Parameters come from a Lambda; markup in them must show as text, never run. */
export const MarkupShownAsText: StepStory = {
  ...s.empty({ parameters: { prompt: '<img src=x onerror="alert(1)"> What is 3 + 4?', label: '<b>Answer</b>' } }),
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, tag);
    await expect(element.querySelector('img, b')).toBeNull();
    await expect(element).toHaveTextContent('<img src=x onerror="alert(1)"> What is 3 + 4?');
  },
};

const ownPrompt: ChallengePromptRenderer = (parameters, round) =>
  html`<p class="auth-code-sent">Round ${round}: solve <strong>${parameters.prompt}</strong> (rendered by the app)</p>`;
/** `challengePrompts`: the app renders its own prompt for the `arithmetic` challenge. */
export const AppRenderedPrompt: StepStory = {
  ...s.empty(),
  args: { ...s.empty().args, challengePrompts: { arithmetic: ownPrompt } },
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, tag);
    await expect(within(element).getByText(/rendered by the app/)).toBeVisible();
  },
};

export const AnswerRequired = s.error(ERRORS.answerRequired);
export const WrongAnswerLastRound = s.error(ERRORS.wrongAnswerLastRound, { answer: '8' }, { round: 3 });
export const TriggerFailed = s.error(ERRORS.triggerFailed, { answer: '7' });
export const ServiceError = s.error(ERRORS.serviceError, { answer: '7' });
export const TooManyRequests = s.error(ERRORS.tooManyRequests, { answer: '7' });
export const Network = s.error(ERRORS.network, { answer: '7' });

export const LongTranslationsNarrow = s.longTranslationsNarrow(ERRORS.wrongAnswerLastRound, { parameters: {} });
export const RightToLeft = s.rightToLeft(ERRORS.answerRequired, { parameters: {} });
export const Dark = s.dark(ERRORS.wrongAnswerLastRound);
export const Narrow = s.narrow();
export const Wide = s.wide();
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
