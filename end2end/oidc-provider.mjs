// A real OpenID Connect provider (npm `oidc-provider`) for the tests: the municipality's
// identity provider, as far as the app can tell.
//
//   node end2end/oidc-provider.mjs [PORT]
//
// Listens on 127.0.0.1:PORT (a free port when 0 or left out) and prints one line of JSON,
// {"issuer":"http://127.0.0.1:PORT"}, once it answers. One client is registered:
// `idesluss` / `idesluss-test-secret`, redirected back to /sign-in/oidc/callback on any
// port of 127.0.0.1 (a native client's loopback rule, RFC 8252), since the tests start the
// app on a random port.
//
// Every e-mail address is an account (`email#2` is someone else with the same address).
// The login page asks for one; an authorization request that names one in `login_hint` is
// signed in without the page (the Rust tests follow the redirects without a browser). The
// e-mail is verified unless its local part starts with "unverified". Consent is given at
// once.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? 0);
const CALLBACK = '/sign-in/oidc/callback';

// An account id (the `sub`) is an e-mail, or `email#other` for another person given the
// same address later (another `sub`, the same e-mail). Signing in as `old@x=new@x` gives
// `old@x` the address `new@x` from then on (a change of name).
const changedEmails = new Map();

function accountOf(hint) {
  const [id, changed] = hint.split('=');
  if (changed) changedEmails.set(id, changed);
  return id;
}

function claimsOf(id) {
  const email = changedEmails.get(id) ?? id.split('#')[0];
  const local = email.split('@')[0];
  const name = local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(' ');
  return {
    sub: id,
    email,
    email_verified: !local.startsWith('unverified'),
    name: name || email,
  };
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function loginPage(uid) {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Kommunens inloggning (test)</title></head>
<body><main>
<h1>Kommunens inloggning (test)</h1>
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label for="email">E-post</label>
<input id="email" name="email" type="email" autocomplete="email" required>
<button type="submit">Logga in</button>
</form>
</main></body></html>`;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

const server = http.createServer();
server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'idesluss',
        client_secret: 'idesluss-test-secret',
        application_type: 'native',
        redirect_uris: [`http://127.0.0.1${CALLBACK}`, `http://localhost${CALLBACK}`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx, id) {
      return { accountId: id, claims: async () => claimsOf(id) };
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    // The app reads the e-mail from the ID token, as Entra ID sends it there.
    conformIdTokenClaims: false,
    cookies: { keys: [randomBytes(32).toString('hex')] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
  });
  // No proxy in front; plain http on the loopback address is what the tests use.
  provider.proxy = false;
  const oidc = provider.callback();

  async function finishLogin(req, res, accountId) {
    await provider.interactionFinished(req, res, { login: { accountId } }, {
      mergeWithLastSubmission: false,
    });
  }

  async function grantConsent(req, res, details) {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    const missing = details.prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, {
      mergeWithLastSubmission: true,
    });
  }

  async function interaction(req, res, uid) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) {
      res.writeHead(400).end('unknown interaction');
      return;
    }
    if (details.prompt.name === 'consent') {
      await grantConsent(req, res, details);
      return;
    }
    if (req.method === 'POST') {
      const email = (await readForm(req)).get('email')?.trim();
      if (email) {
        await finishLogin(req, res, accountOf(email));
        return;
      }
    } else if (details.params.login_hint) {
      await finishLogin(req, res, accountOf(String(details.params.login_hint)));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid));
  }

  server.on('request', (req, res) => {
    const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!match) {
      oidc(req, res);
      return;
    }
    interaction(req, res, match[1]).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end(String(error?.message ?? error));
    });
  });
  console.log(JSON.stringify({ issuer }));
});
