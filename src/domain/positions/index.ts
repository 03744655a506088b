// Positions per person (issue #11): periods of the chart, mark aggregation, change detection, grouping.
export * from "./changes";
export * from "./crowded";
export * from "./groups";
export * from "./marks";
export * from "./periods";
