/**
 * Moved to common/calendar.ts, the one home of calendar dates. Kept only for
 * config.ts and settings-file/fields.ts until they import it from there;
 * remove it then.
 */
export { calendarDateOf, DATE_FORM, INTERVAL_FORMS, isCalendarDate, isInterval } from '../common/calendar'
