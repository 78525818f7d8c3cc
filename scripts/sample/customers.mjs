/**
 * The 42 customers of the demo workbook, one a line. The `payment` column names how late the
 * customer pays (see `PAYMENT_DELAY_DAYS` in settlement.mjs) and `size` how much it buys (see
 * `SIZES`). The `financials` column names the Altman Z' zone its statements fall in, or is `-`
 * when it has sent none.
 * Flags: rel related party, ins credit-insured, gov government, sup also a supplier with a payable,
 * noct no contract, nopod contract without delivery proof, noreg / norep / nosig no registration,
 * credit report or signed terms in the file, guar guarantee held, mfr manufacturer, pledge recent
 * invoices pledged to a bank, trail name typed with trailing spaces, unlisted left off the Customers
 * sheet although it is invoiced. C041 is new, so it has too few settled invoices for a payment index.
 * Limits are chosen against the expected exposure, so C009, C026, C028, C032 and C033 run over
 * their limit; C006's limit is above its approver's authority and C021's approver owns the account.
 */
import { dayOf } from "../lib/days.mjs";
import { PEOPLE } from "./people.mjs";

const TABLE = `
C001|Northwind Electrical Supply|early|X|US|30|2011-04-18|safe|AA|2026-03-16|DO|LP|300000|
C002|Brightline Contractors Inc.|early|L|US|30|2014-09-02|safe|A|2026-01-20|MC|JS|150000|
C003|Summit Health Facilities|early|L|US|45|2009-06-11|safe|AA|2025-11-05|MC|LP|175000|guar
C004|Keystone Home Centers|prompt|X|US|60|2013-02-25|safe|A|2026-02-10|DO|LP|450000|pledge
C005|Clearwater Property Management|early|M|US|30|2016-08-30|safe|A|2025-10-14|PN|JS|25000|
C006|Ironbridge Construction LLC|prompt|L|US|45|2018-05-07|grey|BBB|2026-04-22|MC|JS|300000|
C007|Redwood Interiors Inc.|prompt|M|US|30|2019-01-15|grey|BBB|2026-02-09|PN|LP|25000|
C008|Harbor Lighting Co.|prompt|M|US|30|2017-03-20|safe|BBB|2024-11-18|PN|JS|25000|trail
C009|Pinecrest Hotels Group|prompt|L|US|45|2015-07-09|grey|A|2026-05-05|MC|LP|60000|
C010|Rheinlicht GmbH|prompt|L|DE|60|2016-10-03|safe|A|2026-01-12|MC|LP|150000|ins mfr
C011|Lumière Bâtiment SARL|slow|M|FR|60|2020-04-27|grey|BBB|2026-01-26|MC|JS|40000|ins
C012|Baumann Elektro GmbH|prompt|M|DE|45|2021-02-08|grey||2024-06-03|PN|JS|20000|mfr
C013|Shenzhen Guanghui Trading Co., Ltd.|slow|L|CN|60|2022-03-14|-||2026-04-20|MC|LP|150000|noct
C014|Lumen Retail LLC|prompt|M|US|30|2019-06-01|grey||2026-01-05|DO|TB|30000|rel
C015|City of Riverton Public Works|slow|L|US|30|2012-01-10|-||2026-05-11|DO|LP|150000|gov
C016|Metalform Components Inc.|prompt|M|US|30|2018-11-12|grey|BBB|2026-03-09|MC|JS|25000|sup mfr
C017|Oakridge Builders Supply|prompt|M|US|30|2020-08-17|safe|BBB|2026-02-27|PN|LP|25000|
C018|Westfield Office Parks|slow|M|US|30|2017-05-22|grey|BBB|2026-02-23|PN|JS|25000|
C019|Granite Peak Resorts|slow|L|US|45|2016-02-01|grey|BB|2026-04-28|MC|LP|150000|
C020|Silverline Electric Co.|slow|M|US|30|2019-10-07|grey|BBB|2026-04-13|MC|JS|50000|mfr
C021|Bayview Restaurants Inc.|slow|M|US|30|2021-06-14|-|BB|2026-05-18|TB|TB|40000|
C022|Cedar Valley Homes|slow|L|US|45|2018-03-26|grey|BB|2026-06-08|MC|JS|200000|
C023|Evergreen Senior Living|slow|M|US|45|2020-11-30|grey|BBB|2024-09-09|PN|LP|25000|
C024|Lakeshore Marine Supply|slow|S|US|30|2022-07-18|-||2026-04-06|PN|JS|15000|norep
C025|Prairie Wind Builders|late|M|US|30|2021-09-06|grey|BB|2026-05-25|PN|JS|25000|
C026|Copperfield Renovations|late|M|US|30|2022-01-31|distress|B|2026-06-03|PN|LP|15000|
C027|Union Square Retail Partners|late|L|US|45|2019-04-15|grey|BB|2026-04-14|MC|LP|225000|
C028|Highgate Hospitality LLC|late|M|US|30|2023-05-08|distress|B|2026-06-10|PN|JS|15000|nopod
C029|Foxglove Design Studio|late|S|US|30|2024-02-12|-|||PN|JS|5000|noct noreg norep nosig
C030|Tidewater Apartments Inc.|late|M|US|45|2020-06-22|grey|BB|2024-12-02|PN|LP|25000|nopod
C031|Bluebonnet Contractors|late|M|US|30|2023-10-02|distress|B|2026-06-17|MC|JS|40000|nosig
C032|Stonegate Developments Ltd|verylate|M|US|30|2024-11-04|distress|CCC|2026-06-15|MC|JS|20000|nopod
C033|Marlow Event Venues|verylate|S|US|30|2025-03-10|distress|CCC|2026-06-22|PN|LP|5000|norep
C034|Alder & Finch Architects|early|S|US|30|2015-05-19|safe|A|2025-12-18|PN|LP|5000|
C035|Quarry Lane Warehousing|prompt|S|US|30|2023-01-09|-||2026-04-01|PN|JS|10000|
C036|Maison Claire SAS|slow|M|FR|60|2019-09-16|grey|BBB|2026-06-01|MC|JS|35000|mfr
C037|Suzhou Brightway Lighting Co., Ltd.|prompt|M|CN|60|2021-11-22|grey|BBB|2026-02-16|MC|LP|30000|ins mfr
C038|Horizon Medical Offices|early|M|US|30|2016-12-05|safe|A|2026-06-01|PN|LP|25000|
C039|Crescent Fitness Clubs|slow|M|US|30|2022-09-12|grey|BB|2026-05-04|PN|JS|20000|
C040|Vantage Data Centers Inc.|prompt|L|US|30|2025-09-01|safe|A|2026-03-02|MC|LP|100000|
C041|Meridian Signs Co.|prompt|S|US|30|2026-05-18|-||2026-05-18|PN|JS|10000|
C042|Oakline Shopfitters|prompt|S|US|30|2024-02-01|-|||PN|JS|0|unlisted
`;

const EURO_COUNTRIES = new Set(["DE", "FR"]);

function parseLine(line) {
  const [id, name, payment, size, country, terms, since, financials, rating, review, ...rest] =
    line.split("|");
  const [approver, owner, limit, flags] = rest;
  const flagSet = new Set(flags.split(" ").filter(Boolean));
  return {
    id,
    name: flagSet.has("trail") ? `${name}   ` : name,
    payment,
    size,
    country,
    currency: EURO_COUNTRIES.has(country) ? "EUR" : "USD",
    termsDays: Number(terms),
    since: dayOf(since),
    financials: financials === "-" ? undefined : financials,
    rating: rating || undefined,
    lastReview: review ? dayOf(review) : undefined,
    approver: PEOPLE[approver].person,
    owner: PEOPLE[owner].person,
    creditLimit: Number(limit),
    flags: flagSet,
  };
}

/** Returns the demo customers in ID order. */
export function sampleCustomers() {
  return TABLE.trim().split("\n").map(parseLine);
}
