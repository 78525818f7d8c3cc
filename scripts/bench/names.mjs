/** Word lists for benchmark customer names: 20 × 20 × 10 combinations, so names repeat. */
export const NAME_FIRST = (
  "Acme Apex Beacon Blue Cedar Crown Delta Eagle Falcon Granite " +
  "Harbor Iron Lakeside Maple North Pioneer Redwood Summit Union West"
).split(" ");

export const NAME_SECOND = (
  "Building Lighting Electric Supply Interiors Hotels Homes Retail Contractors Facilities " +
  "Offices Logistics Health Marine Hospitality Developments Warehousing Design Property Services"
).split(" ");

export const NAME_SUFFIX = "Inc. LLC Ltd Co. Group GmbH SAS Partners Corp. Holdings".split(" ");
