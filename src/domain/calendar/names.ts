// English calendar names, written once for display, validation messages and the date and outlet rules.

/** Month names, January first (index = month - 1). */
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** Weekday names, Sunday first (index = Date#getDay()). */
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
