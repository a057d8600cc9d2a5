// The Hanko peer page: register() the elements against a Hanko API, then <hanko-auth> in the
// HTML. The API is the loopback stub in bench/compare.mjs, which answers the first flow request.
import { register } from '@teamhanko/hanko-elements';

register(new URL('/hanko', location.href).href);
