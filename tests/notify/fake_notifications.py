#!/usr/bin/python3
"""A stand-in for a desktop's notification service (org.freedesktop.Notifications), for
knead's nudge test: it records every notification as a JSON line and answers each one by
pressing the next button named on its command line; with none left it never answers.

    fake_notifications.py RECORD [--no-actions] [--impostor KEY] [KEY ...]

--impostor KEY: another connection on the bus, not the service, sends ActionInvoked with
KEY for each notification, as any program on the bus could.

It prints READY once it owns the name on the session bus in $DBUS_SESSION_BUS_ADDRESS.
"""

import asyncio
import json
import sys

from dbus_next.aio import MessageBus
from dbus_next.service import ServiceInterface, method, signal


class Notifications(ServiceInterface):
    def __init__(self, record, actions, answers, impostor=None):
        super().__init__("org.freedesktop.Notifications")
        self.record = record
        self.actions = actions
        self.answers = list(answers)
        self.impostor = impostor
        self.last_id = 0

    @method()
    def GetCapabilities(self) -> "as":
        return ["body", "actions"] if self.actions else ["body"]

    @method()
    def GetServerInformation(self) -> "ssss":
        return ["fake", "knead tests", "1.0", "1.2"]

    @method()
    def Notify(self, app_name: "s", replaces_id: "u", app_icon: "s", summary: "s",
               body: "s", actions: "as", hints: "a{sv}", expire_timeout: "i") -> "u":
        self.last_id += 1
        with open(self.record, "a", encoding="utf-8") as f:
            f.write(json.dumps({"app": app_name, "summary": summary, "body": body,
                                "actions": actions, "timeout": expire_timeout}) + "\n")
        if self.answers:
            key = self.answers.pop(0)
            asyncio.get_event_loop().call_later(0.2, self.answer, self.last_id, key)
        if self.impostor:
            impostor, key = self.impostor
            asyncio.get_event_loop().call_later(0.2, impostor.ActionInvoked, self.last_id, key)
        return self.last_id

    def answer(self, id_, key):
        self.ActionInvoked(id_, key)
        self.NotificationClosed(id_, 2)

    @method()
    def CloseNotification(self, id_: "u"):
        with open(self.record, "a", encoding="utf-8") as f:
            f.write(json.dumps({"closed": id_}) + "\n")
        self.NotificationClosed(id_, 3)

    @signal()
    def ActionInvoked(self, id_, key) -> "us":
        return [id_, key]

    @signal()
    def NotificationClosed(self, id_, reason) -> "uu":
        return [id_, reason]


class Impostor(ServiceInterface):
    """The same interface at the same path, on a connection that does not own the name."""

    def __init__(self):
        super().__init__("org.freedesktop.Notifications")

    @signal()
    def ActionInvoked(self, id_, key) -> "us":
        return [id_, key]


async def main():
    args = sys.argv[1:]
    record = args.pop(0)
    actions = "--no-actions" not in args
    args = [a for a in args if a != "--no-actions"]
    impostor = None
    if "--impostor" in args:
        at = args.index("--impostor")
        key = args[at + 1]
        del args[at:at + 2]
        other = await MessageBus().connect()
        fake = Impostor()
        other.export("/org/freedesktop/Notifications", fake)
        impostor = (fake, key)
    bus = await MessageBus().connect()
    bus.export("/org/freedesktop/Notifications",
               Notifications(record, actions, args, impostor))
    await bus.request_name("org.freedesktop.Notifications")
    print("READY", flush=True)
    await bus.wait_for_disconnect()


asyncio.run(main())
