// The Amplify peer page: aws-amplify configured for a user pool and the React <Authenticator>
// with its stylesheet, as the Authenticator's getting-started page sets it up. Plain
// createElement, so the build needs no JSX plugin.
import { Amplify } from 'aws-amplify';
import { Authenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

// Syntactically valid pool and client ids; the first screen makes no call to Cognito.
Amplify.configure({
  Auth: { Cognito: { userPoolId: 'eu-west-1_AbCdEf123', userPoolClientId: '1h2j3k4l5m6n7o8p9q0r' } },
});
createRoot(document.getElementById('root')).render(createElement(Authenticator));
