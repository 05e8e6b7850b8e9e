//! The browser's tab: DevTools commands, the events they bring (loads, documents,
//! console errors), and a person's clicks and keys.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::{Socket, TICK, WAIT};

/// A document the browser received (not a redirect): its URL, status and headers.
#[derive(Debug, Clone)]
pub struct Document {
    pub url: String,
    pub status: u16,
    headers: Value,
}

impl Document {
    /// A response header, by name in any case.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .as_object()?
            .iter()
            .find_map(|(k, v)| k.eq_ignore_ascii_case(name).then(|| v.as_str()).flatten())
    }
}

/// The browser's tab.
pub struct Page {
    ws: Socket,
    next: u64,
    /// Main-frame load events seen so far.
    loads: u64,
    console_errors: Vec<String>,
    documents: Vec<Document>,
}

impl Page {
    pub(crate) fn attach(ws: Socket) -> Page {
        let mut page = Page {
            ws,
            next: 0,
            loads: 0,
            console_errors: Vec::new(),
            documents: Vec::new(),
        };
        for domain in ["Page", "Network", "Runtime", "Log", "DOM"] {
            page.call(&format!("{domain}.enable"), json!({}));
        }
        page
    }

    /// Sends a DevTools command and waits for its answer; events read meanwhile are
    /// recorded. Panics on an error answer.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        match self.try_call(method, params) {
            Ok(v) => v,
            Err(e) => panic!("{method} failed: {e}"),
        }
    }

    /// As [`Page::call`], with the error answer returned.
    pub fn try_call(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        self.next += 1;
        let id = self.next;
        let msg = json!({ "id": id, "method": method, "params": params });
        self.ws
            .send(tungstenite::Message::text(msg.to_string()))
            .expect("send to DevTools");
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(v) = self.read() {
                if v["id"] == id {
                    return match v.get("error") {
                        Some(e) => Err(e.clone()),
                        None => Ok(v["result"].clone()),
                    };
                }
            }
            assert!(
                Instant::now() < deadline,
                "{method}: no answer from Chromium"
            );
        }
    }

    /// One message, or `None` after a tick without one. Events are recorded here.
    fn read(&mut self) -> Option<Value> {
        let m = match self.ws.read() {
            Ok(m) => m,
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return None
            }
            Err(e) => panic!("DevTools websocket: {e}"),
        };
        let v: Value = serde_json::from_str(m.to_text().ok()?).ok()?;
        self.record(&v);
        Some(v)
    }

    fn record(&mut self, v: &Value) {
        let p = &v["params"];
        match v["method"].as_str().unwrap_or("") {
            "Page.loadEventFired" => self.loads += 1,
            "Network.responseReceived" if p["type"] == "Document" => {
                self.documents.push(Document {
                    url: p["response"]["url"].as_str().unwrap_or("").to_string(),
                    status: p["response"]["status"].as_u64().unwrap_or(0) as u16,
                    headers: p["response"]["headers"].clone(),
                })
            }
            "Runtime.exceptionThrown" => self
                .console_errors
                .push(p["exceptionDetails"]["text"].to_string()),
            "Runtime.consoleAPICalled" if p["type"] == "error" => {
                self.console_errors.push(p["args"].to_string())
            }
            "Log.entryAdded" if p["entry"]["level"] == "error" => self
                .console_errors
                .push(p["entry"]["text"].as_str().unwrap_or("").to_string()),
            _ => {}
        }
    }

    /// Polls `check` (reading DevTools events in between) until it gives a value;
    /// panics naming `what` after the wait.
    pub fn wait_until<T>(
        &mut self,
        what: &str,
        mut check: impl FnMut(&mut Page) -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(v) = check(self) {
                return v;
            }
            assert!(
                Instant::now() < deadline,
                "waited {WAIT:?} for {what}; the page is {} and says:\n{}",
                self.url(),
                self.text()
            );
            let tick = Instant::now() + TICK;
            while self.read().is_some() && Instant::now() < tick {}
        }
    }

    /// Runs `act` (a click, a key, a navigation) and waits until the page it leads
    /// to has loaded.
    pub fn navigating(&mut self, act: impl FnOnce(&mut Page)) {
        let before = self.loads;
        act(self);
        self.wait_until("the next page to load", |p| {
            (p.loads > before).then_some(())
        });
    }

    /// Opens `url` and waits for it to load.
    pub fn goto(&mut self, url: &str) {
        self.navigating(|p| {
            let r = p.call("Page.navigate", json!({ "url": url }));
            assert!(r.get("errorText").is_none(), "opening {url}: {r}");
        });
    }

    /// The address the tab shows now.
    pub fn url(&mut self) -> String {
        let h = self.call("Page.getNavigationHistory", json!({}));
        let i = h["currentIndex"].as_u64().unwrap_or(0) as usize;
        h["entries"][i]["url"].as_str().unwrap_or("").to_string()
    }

    /// Evaluates `expr` in DevTools (works with page scripts off too) and returns its
    /// value.
    pub fn eval(&mut self, expr: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": expr, "returnByValue": true }),
        );
        assert!(r.get("exceptionDetails").is_none(), "{expr}: {r}");
        r["result"]["value"].clone()
    }

    /// The visible text of the page.
    pub fn text(&mut self) -> String {
        self.eval("document.body ? document.body.innerText : ''")
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// The whole document as HTML, read through the DOM domain.
    pub fn html(&mut self) -> String {
        let root = self.root();
        self.call("DOM.getOuterHTML", json!({ "nodeId": root }))["outerHTML"]
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Waits until the loaded page's text contains `needle`; returns the text.
    pub fn wait_for_text(&mut self, needle: &str) -> String {
        self.wait_until(&format!("the page to say {needle:?}"), |p| {
            let text = p.text();
            text.contains(needle).then_some(text)
        })
    }

    fn root(&mut self) -> i64 {
        self.call("DOM.getDocument", json!({ "depth": 0 }))["root"]["nodeId"]
            .as_i64()
            .expect("a document")
    }

    /// The first element matching `selector`, as a DOM node ID.
    pub fn find(&mut self, selector: &str) -> Option<i64> {
        let root = self.root();
        let r = self.call(
            "DOM.querySelector",
            json!({ "nodeId": root, "selector": selector }),
        );
        r["nodeId"].as_i64().filter(|&n| n != 0)
    }

    /// An attribute of the first element matching `selector`.
    pub fn attr(&mut self, selector: &str, name: &str) -> Option<String> {
        let node = self.find(selector)?;
        let r = self.call("DOM.getAttributes", json!({ "nodeId": node }));
        let list = r["attributes"].as_array()?.clone();
        list.chunks(2)
            .find(|kv| kv[0] == name)
            .and_then(|kv| kv.get(1)?.as_str().map(str::to_string))
    }

    /// Clicks the middle of the element matching `selector` with the mouse.
    pub fn click(&mut self, selector: &str) {
        let node = self
            .find(selector)
            .unwrap_or_else(|| panic!("nothing to click at {selector:?}:\n{}", self.text()));
        self.call("DOM.scrollIntoViewIfNeeded", json!({ "nodeId": node }));
        let quad =
            self.call("DOM.getBoxModel", json!({ "nodeId": node }))["model"]["content"].clone();
        let q: Vec<f64> = quad
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_f64)
            .collect();
        assert_eq!(q.len(), 8, "{selector} has no box: {quad}");
        let (x, y) = ((q[0] + q[4]) / 2.0, (q[1] + q[5]) / 2.0);
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({ "type": kind, "x": x, "y": y, "button": "left", "clickCount": 1 }),
            );
        }
    }

    /// Types `text` key by key into whatever has the focus.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let key = c.to_string();
            self.call(
                "Input.dispatchKeyEvent",
                json!({ "type": "keyDown", "key": key, "text": key, "unmodifiedText": key }),
            );
            self.call(
                "Input.dispatchKeyEvent",
                json!({ "type": "keyUp", "key": key }),
            );
        }
    }

    /// Clicks into the field matching `selector` and types `text`.
    pub fn fill(&mut self, selector: &str, text: &str) {
        self.click(selector);
        self.type_text(text);
    }

    /// Presses Enter (in a field: submits its form, as browsers do without script).
    pub fn press_enter(&mut self) {
        let key = json!({ "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "nativeVirtualKeyCode": 13 });
        let mut down = key.clone();
        down["type"] = "keyDown".into();
        down["text"] = "\r".into();
        down["unmodifiedText"] = "\r".into();
        self.call("Input.dispatchKeyEvent", down);
        let mut up = key;
        up["type"] = "keyUp".into();
        self.call("Input.dispatchKeyEvent", up);
    }

    /// Sends `Accept-Language: lang` from now on (as a browser set to that language).
    pub fn set_accept_language(&mut self, lang: &str) {
        let ua = self.call("Browser.getVersion", json!({}))["userAgent"]
            .as_str()
            .unwrap_or("Mozilla/5.0")
            .to_string();
        self.call(
            "Emulation.setUserAgentOverride",
            json!({ "userAgent": ua, "acceptLanguage": lang }),
        );
    }

    /// Switches page scripts off (as a browser with JavaScript disabled).
    pub fn disable_javascript(&mut self) {
        self.call(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": true }),
        );
    }

    /// The browser's cookies for `url`, as DevTools reports them (`httpOnly`,
    /// `sameSite`, `secure`, …).
    pub fn cookies(&mut self, url: &str) -> Vec<Value> {
        self.call("Network.getCookies", json!({ "urls": [url] }))["cookies"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Every document received so far (redirects excluded), oldest first.
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// Console errors, uncaught exceptions and browser log errors (a CSP violation, a
    /// failed load) seen so far.
    pub fn console_errors(&mut self) -> Vec<String> {
        let until = Instant::now() + Duration::from_secs(1);
        while self.read().is_some() && Instant::now() < until {}
        self.console_errors.clone()
    }
}
