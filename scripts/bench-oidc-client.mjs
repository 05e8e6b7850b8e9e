// The relying party and load generator of scripts/bench-oidc.sh, the same code for
// both providers (acctd and oidc-provider), so the figures differ only by provider.
//
//   node bench-oidc-client.mjs signin   ISSUER CLIENT_ID SECRET REDIRECT LOGIN PASSWORD STATE_FILE
//   node bench-oidc-client.mjs exchange STATE_FILE ROUNDS BATCH CONCURRENCY
//
// `signin` goes through the provider's sign-in and consent pages as a browser without
// JavaScript does (cookies, forms, no redirects followed), redeems the code and writes
// the tokens and the browser's cookies to STATE_FILE. `exchange` then mints BATCH codes
// per round with that browser session (consent is remembered, so one GET per code
// answers with the redirect), and redeems them CONCURRENCY at a time at the token
// endpoint with client_secret_basic and the PKCE verifier. Codes live 60 s: a round
// must mint and redeem within that. Prints one JSON line.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';

const [mode, ...args] = process.argv.slice(2);

let agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const h = { ...headers };
    if (body !== undefined) h['content-length'] = Buffer.byteLength(body);
    const req = http.request(
      { hostname: u.hostname, port: u.port, path: u.pathname + u.search, method, headers: h, agent },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    // Bounded: a request stuck this long counts as an error.
    req.setTimeout(30000, () => req.destroy(new Error('no answer within 30 s')));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const b64url = (buf) => buf.toString('base64url');
const random = () => b64url(crypto.randomBytes(32));

function pkce() {
  const verifier = random();
  const challenge = b64url(crypto.createHash('sha256').update(verifier).digest());
  return { verifier, challenge };
}

function unescape(s) {
  return s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#x2f;', '/')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? unescape(m[1]) : undefined;
};

/// The first form of a page: its action, hidden fields, text inputs and buttons.
function parseForm(html) {
  const start = html.indexOf('<form');
  if (start < 0) return undefined;
  const end = html.indexOf('</form>', start);
  const form = html.slice(start, end < 0 ? undefined : end);
  const action = attr(form.slice(0, form.indexOf('>') + 1), 'action') ?? '';
  const hidden = [];
  const inputs = [];
  for (const [tag] of form.matchAll(/<input[^>]*>/g)) {
    const name = attr(tag, 'name');
    if (!name) continue;
    if (attr(tag, 'type') === 'hidden') hidden.push([name, attr(tag, 'value') ?? '']);
    else inputs.push(name);
  }
  const buttons = [...form.matchAll(/<button[^>]*>/g)]
    .map(([tag]) => [attr(tag, 'name'), attr(tag, 'value')])
    .filter(([n]) => n);
  return { action, hidden, inputs, buttons };
}

class Browser {
  constructor(cookies = {}) {
    this.cookies = cookies;
  }

  header() {
    return Object.entries(this.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }

  keep(res) {
    for (const c of res.headers['set-cookie'] ?? []) {
      const [first] = c.split(';');
      const i = first.indexOf('=');
      const [k, v] = [first.slice(0, i).trim(), first.slice(i + 1)];
      if (v === '' || /max-age=0/i.test(c) || /expires=thu, 01 jan 1970/i.test(c)) delete this.cookies[k];
      else this.cookies[k] = v;
    }
    return res;
  }

  async get(url) {
    return this.keep(await request(url, { headers: { cookie: this.header() } }));
  }

  async post(url, fields) {
    const body = new URLSearchParams(fields).toString();
    const headers = { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' };
    return this.keep(await request(url, { method: 'POST', headers, body }));
  }
}

async function discover(issuer) {
  const r = await request(`${issuer}/.well-known/openid-configuration`);
  if (r.status !== 200) throw new Error(`discovery at ${issuer} answered ${r.status}`);
  return JSON.parse(r.body);
}

function authorizeUrl(s, state, challenge) {
  const q = new URLSearchParams({
    client_id: s.client_id,
    redirect_uri: s.redirect_uri,
    response_type: 'code',
    scope: 'openid profile email phone',
    state,
    nonce: random(),
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return `${s.meta.authorization_endpoint}?${q}`;
}

/// The code in a redirect to the relying party, checked against the state sent.
function codeOf(location, state) {
  const u = new URL(location);
  if (u.searchParams.get('state') !== state) throw new Error(`state mismatch in ${location}`);
  const code = u.searchParams.get('code');
  if (!code) throw new Error(`no code in ${location}`);
  return code;
}

/// Follows a provider's pages until it redirects to the relying party; fills a form's
/// login and password and presses the password-sign-in or allow button.
async function throughPages(browser, s, url, state, fill) {
  let res = await browser.get(url);
  for (let step = 0; step < 12; step++) {
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.location, url).toString();
      if (next.startsWith(s.redirect_uri)) return codeOf(next, state);
      url = next;
      res = await browser.get(url);
      continue;
    }
    const form = res.status === 200 ? parseForm(res.body) : undefined;
    if (!form) throw new Error(`page ${url} answered ${res.status}: ${res.body.slice(0, 400)}`);
    const fields = [...form.hidden];
    for (const name of form.inputs) if (name in fill) fields.push([name, fill[name]]);
    const button =
      form.buttons.find(([n, v]) => fill.press.includes(`${n}=${v}`)) ?? form.buttons[0];
    if (button) fields.push(button);
    url = new URL(form.action, url).toString();
    res = await browser.post(url, fields);
  }
  throw new Error('too many pages before the redirect');
}

function basic(s) {
  // RFC 6749 §2.3.1: form-encoded, then base64.
  const enc = (x) => encodeURIComponent(x);
  return `Basic ${Buffer.from(`${enc(s.client_id)}:${enc(s.client_secret)}`).toString('base64')}`;
}

function redeem(s, code, verifier) {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: s.redirect_uri,
    code_verifier: verifier,
  }).toString();
  return request(s.meta.token_endpoint, {
    method: 'POST',
    headers: { authorization: basic(s), 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
}

async function signin([issuer, client_id, client_secret, redirect_uri, login, password, file]) {
  const s = { issuer, client_id, client_secret, redirect_uri, meta: await discover(issuer) };
  // The keys, as relying parties (the openidconnect crate among them) read them at
  // discovery. acctd makes its keys at the first need; see docs/benchmarks.md.
  const keys = await request(s.meta.jwks_uri);
  if (keys.status !== 200) throw new Error(`jwks answered ${keys.status}`);
  const browser = new Browser();
  const state = random();
  const { verifier, challenge } = pkce();
  const fill = { login, password, press: ['method=password', 'decision=allow'] };
  const code = await throughPages(browser, s, authorizeUrl(s, state, challenge), state, fill);
  const r = await redeem(s, code, verifier);
  if (r.status !== 200) throw new Error(`code exchange answered ${r.status}: ${r.body}`);
  const tokens = JSON.parse(r.body);
  const ui = await request(s.meta.userinfo_endpoint, {
    headers: { authorization: `Bearer ${tokens.access_token}` },
  });
  if (ui.status !== 200) throw new Error(`userinfo answered ${ui.status}: ${ui.body}`);
  fs.writeFileSync(file, JSON.stringify({ ...s, cookies: browser.cookies, access_token: tokens.access_token }));
  // What each provider gives for the same request (compared in docs/benchmarks.md).
  const claims = JSON.parse(Buffer.from(tokens.id_token.split('.')[1], 'base64url'));
  console.log(
    JSON.stringify({
      token_response: Object.keys(tokens).sort(),
      access_token_length: tokens.access_token.length,
      id_token_alg: JSON.parse(Buffer.from(tokens.id_token.split('.')[0], 'base64url')).alg,
      id_token_claims: Object.keys(claims).sort(),
      userinfo: Object.keys(JSON.parse(ui.body)).sort(),
    }),
  );
}

/// Runs `task(i)` for i in 0..n with at most `limit` in flight.
async function pool(n, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < n) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
}

async function exchange([file, rounds, batch, concurrency]) {
  const s = JSON.parse(fs.readFileSync(file, 'utf8'));
  [rounds, batch, concurrency] = [rounds, batch, concurrency].map(Number);
  agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const browser = new Browser(s.cookies);
  const out = { minted: 0, mint_s: 0, ok: 0, errors: 0, exchange_s: 0, statuses: {}, max_code_age_s: 0 };
  for (let r = 0; r < rounds; r++) {
    const codes = [];
    const t0 = process.hrtime.bigint();
    // Minting: the browser session asks again; 8 at a time, as tabs of one browser.
    await pool(batch, 8, async () => {
      const state = random();
      const { verifier, challenge } = pkce();
      const res = await browser.get(authorizeUrl(s, state, challenge));
      const loc = res.headers.location ?? '';
      if (res.status === 303 || res.status === 302) {
        if (loc.startsWith(s.redirect_uri) && new URL(loc).searchParams.get('code')) {
          codes.push({ code: codeOf(loc, state), verifier });
          return;
        }
      }
      throw new Error(`authorize with a session answered ${res.status} ${loc} ${res.body.slice(0, 300)}`);
    });
    const t1 = process.hrtime.bigint();
    await pool(codes.length, concurrency, async (i) => {
      const res = await redeem(s, codes[i].code, codes[i].verifier).catch((e) => ({
        status: 'network',
        body: e.message,
      }));
      if (res.status === 200 && res.body.includes('"id_token"')) out.ok++;
      else {
        out.errors++;
        out.statuses[res.status] = (out.statuses[res.status] ?? 0) + 1;
        if (!out.first_error) out.first_error = `${res.status} ${res.body.slice(0, 200)}`;
      }
    });
    const t2 = process.hrtime.bigint();
    out.minted += codes.length;
    out.mint_s += Number(t1 - t0) / 1e9;
    out.exchange_s += Number(t2 - t1) / 1e9;
    out.max_code_age_s = Math.max(out.max_code_age_s, Number(t2 - t0) / 1e9);
  }
  out.authorize_per_s = Math.round(out.minted / out.mint_s);
  out.exchanges_per_s = Math.round(out.ok / out.exchange_s);
  console.log(JSON.stringify(out));
  agent.destroy();
}

const modes = { signin, exchange };
if (!modes[mode]) {
  console.error('usage: bench-oidc-client.mjs signin|exchange …  (see the comment at the top)');
  process.exit(2);
}
modes[mode](args).then(
  () => agent.destroy(),
  (e) => {
    console.error(`bench-oidc-client ${mode}: ${e.message}`);
    process.exit(1);
  },
);
