// oidc-provider (npm, a certified Node OpenID provider) set up as close to acctd as
// it goes, for scripts/bench-oidc.sh: one confidential client with acctd's redirect
// URI and client_secret_basic, one account (name, email, phone), PKCE required, opaque
// access tokens, RS256 ID tokens from a 2048-bit key (acctd's size), the same token
// lives, a refresh token with every code (acctd's rule), the granted scopes' claims in
// the ID token too (acctd puts them there), and a minimal sign-in and consent
// interaction of our own on interactionDetails/interactionFinished. Storage is a plain
// in-process Map (`MapAdapter` below): the memory adapter oidc-provider ships is an LRU
// of 1,000 entries, fewer than one round of codes, and indexes a grant's tokens in a
// list it scans at every write; a production deployment uses Redis or a database.
// Settings come from the environment (see bench-oidc.sh). Run from the directory where
// oidc-provider is installed.
import crypto from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

const env = process.env;
const issuer = `http://127.0.0.1:${env.PORT}`;
const account = {
  sub: env.ACCOUNT_SUB,
  name: env.ACCOUNT_NAME,
  email: env.ACCOUNT_EMAIL,
  email_verified: true,
  phone_number: env.ACCOUNT_PHONE,
  phone_number_verified: true,
};
const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig', kid: 'bench-rs256' };

// oidc-provider's adapter interface over Maps: no eviction, expiry checked on read.
const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode']);
const store = new Map();
const byGrant = new Map();
const byUid = new Map();
const byUserCode = new Map();
class MapAdapter {
  constructor(model) {
    this.model = model;
  }

  key(id) {
    return `${this.model}:${id}`;
  }

  async upsert(id, payload, expiresIn) {
    const key = this.key(id);
    store.set(key, { payload, exp: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
    if (GRANTABLE.has(this.model) && payload.grantId) {
      if (!byGrant.has(payload.grantId)) byGrant.set(payload.grantId, new Set());
      byGrant.get(payload.grantId).add(key);
    }
    if (this.model === 'Session') byUid.set(payload.uid, id);
    if (payload.userCode) byUserCode.set(payload.userCode, id);
  }

  async find(id) {
    const e = store.get(this.key(id));
    if (!e || e.exp <= Date.now()) return undefined;
    return e.payload;
  }

  async findByUid(uid) {
    return byUid.has(uid) ? this.find(byUid.get(uid)) : undefined;
  }

  async findByUserCode(code) {
    return byUserCode.has(code) ? this.find(byUserCode.get(code)) : undefined;
  }

  async consume(id) {
    const e = store.get(this.key(id));
    if (e) e.payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id) {
    store.delete(this.key(id));
  }

  async revokeByGrantId(grantId) {
    for (const key of byGrant.get(grantId) ?? []) store.delete(key);
    byGrant.delete(grantId);
  }
}

const provider = new Provider(issuer, {
  adapter: MapAdapter,
  clients: [
    {
      client_id: env.CLIENT_ID,
      client_secret: env.CLIENT_SECRET,
      redirect_uris: [env.REDIRECT_URI],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [jwk] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  claims: {
    openid: ['sub'],
    profile: ['name'],
    email: ['email', 'email_verified'],
    phone: ['phone_number', 'phone_number_verified'],
  },
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  // acctd: scope claims in the ID token as well as at userinfo.
  conformIdTokenClaims: false,
  // acctd issues a refresh token with every code, offline_access or not.
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  // acctd's [oidc] defaults.
  ttl: {
    AccessToken: 600,
    AuthorizationCode: 60,
    IdToken: 3600,
    RefreshToken: 30 * 86400,
    Session: 14 * 86400,
    Grant: 14 * 86400,
    Interaction: 600,
  },
  async findAccount(_ctx, sub) {
    if (sub !== account.sub) return undefined;
    return { accountId: sub, claims: async () => ({ ...account }) };
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  renderError(ctx, out) {
    ctx.type = 'text/plain';
    ctx.body = `${out.error}: ${out.error_description ?? ''}`;
  },
});

const digest = (s) => crypto.createHash('sha256').update(String(s)).digest();
const same = (a, b) => crypto.timingSafeEqual(digest(a), digest(b));
const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(res, status, title, body) {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(`<!doctype html><title>${esc(title)}</title><h1>${esc(title)}</h1>${body}`);
}

async function form(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return Object.fromEntries(new URLSearchParams(body));
}

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  const { uid, prompt, params, session } = details;
  if (req.method === 'GET') {
    if (prompt.name === 'login') {
      return page(res, 200, 'Sign in', `<form method="post" action="/interaction/${uid}/login">
<input type="text" name="login" autocomplete="username" required>
<input type="password" name="password" autocomplete="current-password">
<button type="submit" name="method" value="password">Sign in</button></form>`);
    }
    return page(res, 200, `Allow ${esc(params.client_id)}?`, `<form method="post" action="/interaction/${uid}/confirm">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button></form>`);
  }
  const f = await form(req);
  if (req.url.endsWith('/login')) {
    const ok = same(f.login, env.ACCOUNT_LOGIN) && same(f.password, env.ACCOUNT_PASSWORD);
    const result = ok
      ? { login: { accountId: account.sub, amr: ['pwd'] } }
      : { error: 'access_denied', error_description: 'wrong login or password' };
    return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }
  if (f.decision !== 'allow') {
    const result = { error: 'access_denied', error_description: 'the user denied access' };
    return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  const d = prompt.details;
  if (d.missingOIDCScope) grant.addOIDCScope(d.missingOIDCScope.join(' '));
  if (d.missingOIDCClaims) grant.addOIDCClaims(d.missingOIDCClaims);
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const handler = provider.callback();
http
  .createServer((req, res) => {
    if (!req.url.startsWith('/interaction/')) return handler(req, res);
    interaction(req, res).catch((e) => page(res, 400, 'Error', `<p>${esc(e.message)}</p>`));
  })
  .listen(Number(env.PORT), '127.0.0.1', () => console.log(`oidc-provider on ${issuer}`));
