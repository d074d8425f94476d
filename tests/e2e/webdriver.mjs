// @ts-check
// A tiny W3C WebDriver client over fetch, enough for tenken's end-to-end
// tests: sessions, elements, keys, scripts, screenshots. A request that
// meets a connection reset is tried again (DESIGN.md: drivers sometimes
// reset a connection).

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** W3C key codes for the keys the tests press. */
export const Keys = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  Shift: '\uE008',
  End: '\uE010',
};

/** An error the remote end reported (`error` is the W3C error code). */
export class WebDriverError extends Error {
  /** @param {string} error @param {string} message */
  constructor(error, message) {
    super(`${error}: ${message}`);
    this.error = error;
  }
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @param {unknown} e */
function isReset(e) {
  const text = String(/** @type {any} */ (e)?.cause?.code ?? '') + String(/** @type {any} */ (e)?.message ?? e);
  return /ECONNRESET|ECONNREFUSED|socket hang up|other side closed|UND_ERR_SOCKET|fetch failed/i.test(text);
}

/**
 * One HTTP request to the driver, retried on a reset connection.
 * @param {string} base @param {string} method @param {string} path @param {unknown} [body]
 */
export async function request(base, method, path, body) {
  let last;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const res = await fetch(base + path, {
        // No request may hang a test run: the slowest (a new session) takes seconds.
        signal: AbortSignal.timeout(60000),
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = /** @type {any} */ (await res.json().catch(() => ({})));
      // W3C errors come with a non-2xx status; a script may return an `error` field of its own.
      if (!res.ok) {
        throw new WebDriverError(json.value?.error ?? String(res.status), json.value?.message ?? res.statusText);
      }
      return json.value;
    } catch (e) {
      if (e instanceof WebDriverError || !isReset(e)) throw e;
      last = e;
      await sleep(200 * (attempt + 1));
    }
  }
  throw last;
}

/** A found element. */
export class Element {
  /** @param {Session} session @param {string} id */
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }
  /** @param {string} m @param {string} p @param {unknown} [b] */
  cmd(m, p, b) {
    return this.session.cmd(m, `/element/${this.id}${p}`, b);
  }
  click() {
    return this.cmd('POST', '/click', {});
  }
  /** @param {string} text */
  sendKeys(text) {
    return this.cmd('POST', '/value', { text });
  }
  clear() {
    return this.cmd('POST', '/clear', {});
  }
  /** @returns {Promise<string>} */
  text() {
    return this.cmd('GET', '/text');
  }
  /** @param {string} name @returns {Promise<string | null>} */
  attribute(name) {
    return this.cmd('GET', `/attribute/${name}`);
  }
  /** @param {string} name @returns {Promise<any>} */
  property(name) {
    return this.cmd('GET', `/property/${name}`);
  }
  /** @returns {Promise<boolean>} */
  enabled() {
    return this.cmd('GET', '/enabled');
  }
  /** @returns {Promise<boolean>} */
  selected() {
    return this.cmd('GET', '/selected');
  }
  /** @param {string} css */
  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return new Element(this.session, v[ELEMENT]);
  }
  /** The reference scripts receive for this element. */
  toJSON() {
    return { [ELEMENT]: this.id };
  }
}

/** A WebDriver session (one running app). */
export class Session {
  /** @param {string} base @param {string} id */
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /**
   * Starts a session; for WebKitGTK the capabilities name the app binary.
   * @param {string} base @param {Record<string, unknown>} capabilities
   */
  static async start(base, capabilities) {
    const v = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, v.sessionId);
  }

  /** @param {string} m @param {string} p @param {unknown} [b] */
  cmd(m, p, b) {
    return request(this.base, m, `/session/${this.id}${p}`, b);
  }

  quit() {
    return request(this.base, 'DELETE', `/session/${this.id}`);
  }

  /** @param {string} css */
  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return new Element(this, v[ELEMENT]);
  }

  /** @param {string} css @returns {Promise<Element[]>} */
  async findAll(css) {
    const v = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return v.map((/** @type {any} */ e) => new Element(this, e[ELEMENT]));
  }

  /**
   * Waits until `css` matches (and `ok` holds for it), polling.
   * @param {string} css @param {{timeout?: number, ok?: (e: Element) => Promise<boolean>}} [opts]
   */
  async wait(css, opts = {}) {
    const until = Date.now() + (opts.timeout ?? 10000);
    let lastError;
    for (;;) {
      try {
        const e = await this.find(css);
        if (!opts.ok || (await opts.ok(e))) return e;
      } catch (err) {
        lastError = err;
      }
      if (Date.now() > until) throw new Error(`timed out waiting for ${css}${lastError ? ` (${lastError})` : ''}`);
      await sleep(50);
    }
  }

  /**
   * Waits until a script returns a truthy value.
   * @param {string} script @param {unknown[]} [args] @param {number} [timeout]
   */
  async waitFor(script, args = [], timeout = 10000) {
    const until = Date.now() + timeout;
    for (;;) {
      const v = await this.exec(script, args);
      if (v) return v;
      if (Date.now() > until) throw new Error(`timed out waiting for: ${script}`);
      await sleep(50);
    }
  }

  /** @param {string} script @param {unknown[]} [args] */
  exec(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** @param {string} script @param {unknown[]} [args] */
  execAsync(script, args = []) {
    return this.cmd('POST', '/execute/async', { script, args });
  }

  /** Presses keys on whatever has the focus (W3C actions). @param {string[]} keys */
  async press(...keys) {
    const actions = keys.flatMap((k) => [
      { type: 'keyDown', value: k },
      { type: 'keyUp', value: k },
    ]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Types text into the focused element, character by character. @param {string} text */
  type(text) {
    return this.press(...[...text]);
  }

  /** The focused element's `data-testid`, id and tag, for assertions. */
  focused() {
    return this.exec(
      'const e = document.activeElement; return e ? { tag: e.tagName.toLowerCase(), id: e.id, testid: e.getAttribute("data-testid"), type: e.getAttribute("type"), value: e.value ?? null, item: e.closest("[data-item]")?.getAttribute("data-item") ?? null } : null;',
    );
  }

  /** Waits two animation frames, so a screenshot shows the new frame. */
  settle() {
    return this.execAsync(
      'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));',
    );
  }

  /** The whole window as PNG bytes. @returns {Promise<Buffer>} */
  async screenshot() {
    await this.settle();
    const b64 = await this.cmd('GET', '/screenshot');
    return Buffer.from(b64, 'base64');
  }

  /** The text of an open alert, or null when there is none. */
  async alertText() {
    try {
      return await this.cmd('GET', '/alert/text');
    } catch (e) {
      if (e instanceof WebDriverError && e.error === 'no such alert') return null;
      throw e;
    }
  }
}
