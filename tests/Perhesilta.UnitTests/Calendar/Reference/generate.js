// Writes the Finnish public holidays and "bank" days of 2000-2100 as date-holidays lists them (see README.md).
const Holidays = require("date-holidays");
const holidays = new Holidays("FI", { languages: ["en"], types: ["public", "bank"] });
const lines = ["date,type,name"];
for (let year = 2000; year <= 2100; year++) {
  for (const h of holidays.getHolidays(year)) {
    lines.push(`${h.date.slice(0, 10)},${h.type},${h.name}`);
  }
}
process.stdout.write(lines.join("\n") + "\n");
