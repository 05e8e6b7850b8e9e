"""A mail server for tests: accepts every message on 127.0.0.1 and writes each one
as a JSON file {from, to, subject, text, html, content_type} into OUT_DIR.

Usage: python3 smtp_sink.py OUT_DIR   (prints the port it listens on, then serves)
Needs aiosmtpd (`python3 -m pip install aiosmtpd`; .ci/run installs it).
"""

import asyncio
import email
import email.policy
import json
import os
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        plain = msg.get_body(preferencelist=("plain",))
        html = msg.get_body(preferencelist=("html",))
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "subject": str(msg["subject"]),
            "content_type": msg.get_content_type(),
            "text": plain.get_content() if plain is not None else None,
            "html": html.get_content() if html is not None else None,
        }
        self.count += 1
        path = os.path.join(self.out_dir, "%04d.json" % self.count)
        # Written whole, then renamed: a reader never sees half a message.
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(path + ".tmp", path)
        return "250 OK"


async def main():
    out_dir = sys.argv[1]
    loop = asyncio.get_running_loop()
    sink = Sink(out_dir)  # one for all connections, so file numbers never repeat
    server = await loop.create_server(lambda: SMTP(sink), "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
