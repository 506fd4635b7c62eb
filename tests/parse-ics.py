#!/usr/bin/python3
"""parse-ics.py FILE: reads an iCalendar file with python3-icalendar, as a
calendar program would, and prints what it found for test-ics.c, a line
"NAME VALUE" per field with the value as the hex of its UTF-8, so that any
text comes through whole.

SPDX-License-Identifier: GPL-3.0-or-later
"""
import datetime
import sys

import icalendar


def out(name, value):
    print(name, str(value).encode("utf-8").hex())


cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for name in ("PRODID", "VERSION", "CALSCALE", "METHOD"):
    out(name, cal[name])

for zone in cal.walk("VTIMEZONE"):
    out("TZID", zone["TZID"])
    # The file's own rules, not the parser's time zone database: the UTC
    # offset either side of the changes of 2027 (28 March, 31 October).
    tz = zone.to_tz()
    for local in (datetime.datetime(2027, 3, 28, 1, 59), datetime.datetime(2027, 3, 28, 3, 0),
                  datetime.datetime(2027, 10, 31, 1, 0), datetime.datetime(2027, 10, 31, 3, 30)):
        out("OFFSET", tz.localize(local).strftime("%Y-%m-%dT%H:%M%z"))

for event in cal.walk("VEVENT"):
    out("BEGIN", "VEVENT")
    for name in ("UID", "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "CLASS", "STATUS", "SEQUENCE"):
        if name in event:
            out(name, event[name])
    for name in ("DTSTART", "DTEND"):
        when = event.decoded(name)
        out(name, when.strftime("%Y-%m-%dT%H:%M%z"))
        out(name + "-TZID", when.tzinfo.zone)
    out("DTSTAMP-OFFSET", event.decoded("DTSTAMP").utcoffset())
