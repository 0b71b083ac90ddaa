// Reads an iCalendar object on stdin with ical.js (an independent parser: Perhesilta writes and reads iCalendar with
// Ical.Net) and prints what it found as JSON on stdout. Exits non-zero, with the parser's message on stderr, when the
// text is not valid iCalendar.
//
//   node ical-check.mjs                       the calendar's method and its events
//   node ical-check.mjs --expand FROM TO      also every event's occurrences starting in [FROM, TO) (ISO 8601, UTC)
//
// Times are printed in UTC (ISO 8601, "Z"); a floating or all-day time is printed as written, with "floating": true.
import ICAL from 'ical.js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const text = Buffer.concat(chunks).toString('utf8');

const args = process.argv.slice(2);
const expand = args[0] === '--expand' ? { from: new Date(args[1]), to: new Date(args[2]) } : null;
const maxOccurrences = 100000;

const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(zone);
}

const time = (t) => {
  if (!t) return null;
  if (t.isDate || t.zone === ICAL.Timezone.localTimezone) return { value: t.toString(), floating: true };
  return { value: t.toJSDate().toISOString(), floating: false };
};
const address = (value) => (value ?? '').replace(/^mailto:/i, '');

const vevents = calendar.getAllSubcomponents('vevent');
const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'));
const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id'));

const events = masters.map((vevent) => {
  const event = new ICAL.Event(vevent);
  for (const exception of exceptions) {
    if (exception.getFirstPropertyValue('uid') === event.uid) event.relateException(exception);
  }
  const organizer = vevent.getFirstProperty('organizer');
  const result = {
    uid: event.uid,
    sequence: vevent.getFirstPropertyValue('sequence'),
    status: vevent.getFirstPropertyValue('status'),
    summary: event.summary,
    description: event.description,
    location: event.location,
    url: vevent.getFirstPropertyValue('url'),
    dtstamp: time(vevent.getFirstPropertyValue('dtstamp')),
    start: time(event.startDate),
    end: time(event.endDate),
    startZone: event.startDate?.zone?.tzid ?? null,
    organizer: organizer ? { email: address(organizer.getFirstValue()), name: organizer.getParameter('cn') ?? null } : null,
    attendees: event.attendees.map((a) => ({
      email: address(a.getFirstValue()),
      name: a.getParameter('cn') ?? null,
      role: a.getParameter('role') ?? null,
      partstat: a.getParameter('partstat') ?? null,
      rsvp: a.getParameter('rsvp') ?? null,
    })),
    recurring: event.isRecurring(),
  };
  if (expand) {
    const occurrences = [];
    if (event.isRecurring()) {
      const iterator = event.iterator();
      let next;
      while ((next = iterator.next()) && occurrences.length < maxOccurrences) {
        const details = event.getOccurrenceDetails(next);
        const start = details.startDate.toJSDate();
        if (start >= expand.to) break;
        if (start >= expand.from) occurrences.push({ start: start.toISOString(), end: details.endDate.toJSDate().toISOString() });
      }
    } else {
      const start = event.startDate.toJSDate();
      if (start >= expand.from && start < expand.to) occurrences.push({ start: start.toISOString(), end: event.endDate.toJSDate().toISOString() });
    }
    result.occurrences = occurrences;
  }
  return result;
});

process.stdout.write(JSON.stringify({
  method: calendar.getFirstPropertyValue('method'),
  prodid: calendar.getFirstPropertyValue('prodid'),
  version: calendar.getFirstPropertyValue('version'),
  events,
}));
