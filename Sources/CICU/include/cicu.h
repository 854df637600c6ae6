// cicu.h — an ICU-free façade over the system ICU (libicu-dev).
//
// Swift never sees <unicode/...>: Foundation on Linux carries its own private ICU whose
// declarations clash with the system's in any module that sees both, and ICU's C entry
// points are version-renaming macros Swift cannot call. Everything here uses plain C
// types: opaque handles, int32_t status codes (ICU's UErrorCode values; <= 0 is success),
// UTF-16 as uint16_t, and char for ASCII locale identifiers.
//
// Buffer convention: functions that fill a caller buffer return the full length needed;
// when it exceeds `capacity`, *status is set to CICU_BUFFER_OVERFLOW and the caller retries.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CICU_BUFFER_OVERFLOW 15

/// The name of an ICU status code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *cicu_error_name(int32_t status);

/// ICU version ("72.1") and the CLDR version its data comes from ("42.0").
int32_t cicu_icu_version(char *out, int32_t capacity);
int32_t cicu_cldr_version(char *out, int32_t capacity, int32_t *status);
/// Unicode version ICU implements ("15.0").
int32_t cicu_unicode_version(char *out, int32_t capacity);

// MARK: Locales

/// BCP 47 tag → ICU locale id. *parsedLength reports how much of the tag was understood.
int32_t cicu_locale_from_tag(const char *tag, char *out, int32_t capacity, int32_t *parsedLength, int32_t *status);
/// ICU locale id → BCP 47 tag; strict rejects ill-formed input.
int32_t cicu_locale_to_tag(const char *locale, int32_t strict, char *out, int32_t capacity, int32_t *status);
int32_t cicu_locale_canonicalize(const char *locale, char *out, int32_t capacity, int32_t *status);
int32_t cicu_locale_add_likely_subtags(const char *locale, char *out, int32_t capacity, int32_t *status);
int32_t cicu_locale_minimize_subtags(const char *locale, char *out, int32_t capacity, int32_t *status);
int32_t cicu_locale_language(const char *locale, char *out, int32_t capacity, int32_t *status);
int32_t cicu_locale_script(const char *locale, char *out, int32_t capacity, int32_t *status);
int32_t cicu_locale_region(const char *locale, char *out, int32_t capacity, int32_t *status);
/// Display name of `locale` in `displayLocale`, UTF-16.
int32_t cicu_locale_display_name(const char *locale, const char *displayLocale, uint16_t *out, int32_t capacity, int32_t *status);
/// Display name of a language code alone (no region), UTF-16.
int32_t cicu_locale_display_language(const char *locale, const char *displayLocale, uint16_t *out, int32_t capacity, int32_t *status);
/// ICU's own opinion of the locale's direction (falls back to the default locale when ICU has no data).
int32_t cicu_locale_is_rtl(const char *locale);
/// Number of locales ICU ships data for, and the id at an index.
int32_t cicu_available_locale_count(void);
const char *cicu_available_locale(int32_t index);
/// Which locale ICU's resource bundles actually resolve `locale` to (e.g. "ht" → "fr_HT" → "fr").
int32_t cicu_locale_actual_data_locale(const char *locale, char *out, int32_t capacity, int32_t *status);

// MARK: Scripts

/// ISO 15924 code ("Arab") → ICU script code, or -1 when unknown.
int32_t cicu_script_code(const char *name);
int32_t cicu_script_is_rtl(int32_t scriptCode);
/// Script of one code point (ICU script code).
int32_t cicu_script_of_code_point(int32_t codePoint, int32_t *status);
const char *cicu_script_short_name(int32_t scriptCode);

// MARK: Plural rules

typedef struct cicu_plural_rules cicu_plural_rules;
/// type: 0 cardinal, 1 ordinal.
cicu_plural_rules *cicu_plural_open(const char *locale, int32_t type, int32_t *status);
/// Plural rules from an explicit CLDR rule description ("one: n = 1").
cicu_plural_rules *cicu_plural_open_rules(const uint16_t *description, int32_t length, int32_t *status);
void cicu_plural_close(cicu_plural_rules *rules);
/// Categories, as a space-separated ASCII list in CLDR order.
int32_t cicu_plural_keywords(cicu_plural_rules *rules, char *out, int32_t capacity, int32_t *status);
int32_t cicu_plural_select_double(cicu_plural_rules *rules, double number, char *out, int32_t capacity, int32_t *status);
/// Selects on a decimal written as it would be shown ("1.0", "1000000", "1.5"): visible
/// fraction digits count, as CLDR's operands v, w, f, t require.
int32_t cicu_plural_select_decimal(cicu_plural_rules *rules, const char *locale, const char *decimal, char *out, int32_t capacity, int32_t *status);
/// CLDR's sample numbers for a category, as doubles. Returns how many.
int32_t cicu_plural_samples(cicu_plural_rules *rules, const char *keyword, double *out, int32_t capacity, int32_t *status);
/// The rule text of the whole rule set (UTF-16), e.g. "one: i = 1 and v = 0".
int32_t cicu_plural_rules_text(cicu_plural_rules *rules, uint16_t *out, int32_t capacity, int32_t *status);

// MARK: Collation

typedef struct cicu_collator cicu_collator;
cicu_collator *cicu_collator_open(const char *locale, int32_t *status);
void cicu_collator_close(cicu_collator *collator);
/// strength: 0 primary, 1 secondary, 2 tertiary, 3 quaternary, 15 identical.
void cicu_collator_set_strength(cicu_collator *collator, int32_t strength);
int32_t cicu_collator_get_strength(cicu_collator *collator);
/// -1, 0, 1.
int32_t cicu_collator_compare(cicu_collator *collator, const uint16_t *a, int32_t aLength, const uint16_t *b, int32_t bLength);
/// Sort key bytes; returns the full length (retry with a larger buffer when it exceeds capacity).
int32_t cicu_collator_sort_key(cicu_collator *collator, const uint16_t *text, int32_t length, uint8_t *out, int32_t capacity);
/// The locale whose rules the collator actually uses.
int32_t cicu_collator_actual_locale(cicu_collator *collator, char *out, int32_t capacity, int32_t *status);

// MARK: Break iteration

/// kind: 0 character, 1 word, 2 line, 3 sentence. Writes boundary offsets (UTF-16) and,
/// for words, the rule status of the segment ending at each boundary (0..99 = not a word).
/// Returns the number of boundaries.
int32_t cicu_break_boundaries(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *ruleStatus, int32_t capacity, int32_t *status);

// MARK: Normalization

/// form: 0 NFC, 1 NFD, 2 NFKC, 3 NFKD.
int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity, int32_t *status);
int32_t cicu_is_normalized(int32_t form, const uint16_t *text, int32_t length, int32_t *status);

// MARK: MessageFormat

/// Whether ICU's MessageFormat accepts the pattern. On failure *status is the ICU error,
/// *errorOffset the UTF-16 offset ICU reports (or -1), *errorLine its line.
int32_t cicu_message_validate(const uint16_t *pattern, int32_t length, const char *locale,
                              int32_t *errorOffset, int32_t *status);

/// Argument kinds for cicu_message_format.
#define CICU_ARG_STRING 0
#define CICU_ARG_NUMBER 1
#define CICU_ARG_DATE 2

/// Formats a pattern with named arguments. names/strings are UTF-16 pointers with lengths;
/// numbers carries numeric and date (milliseconds since 1970) values.
int32_t cicu_message_format(const uint16_t *pattern, int32_t length, const char *locale,
                            int32_t count, const uint16_t *const *names, const int32_t *nameLengths,
                            const int32_t *kinds, const uint16_t *const *strings, const int32_t *stringLengths,
                            const double *numbers,
                            uint16_t *out, int32_t capacity, int32_t *status);

/// Formats a pattern once per value of `series`, opening it once: each numeric argument whose `shifts`
/// entry is not NaN gets the series value plus that shift. Results are separated by U+0000.
int32_t cicu_message_format_series(const uint16_t *pattern, int32_t length, const char *locale,
                                   int32_t count, const uint16_t *const *names, const int32_t *nameLengths,
                                   const int32_t *kinds, const uint16_t *const *strings, const int32_t *stringLengths,
                                   const double *numbers, const double *shifts, const double *series, int32_t seriesCount,
                                   uint16_t *out, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
