// cicu.cpp — the only file that includes ICU headers. See include/cicu.h for why.
#include "cicu.h"
#include <cmath>

#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/ucol.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/upluralrules.h>
#include <unicode/plurrule.h>
#include <unicode/msgfmt.h>
#include <unicode/numberformatter.h>
#include <unicode/unistr.h>
#include <unicode/strenum.h>
#include <unicode/locid.h>

#include <string.h>
#include <memory>
#include <vector>

using namespace icu;

namespace {

/// Copies an ASCII string into a caller buffer, returning the length needed.
int32_t copyASCII(const char *text, int32_t length, char *out, int32_t capacity, int32_t *status) {
    if (length < capacity) {
        memcpy(out, text, (size_t)length);
        out[length] = 0;
    } else if (status && *status <= 0) {
        *status = CICU_BUFFER_OVERFLOW;
    }
    return length;
}

int32_t copyUnicodeString(const UnicodeString &text, uint16_t *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = text.extract(reinterpret_cast<UChar *>(out), capacity, code);
    if (code == U_BUFFER_OVERFLOW_ERROR || length > capacity) {
        *status = CICU_BUFFER_OVERFLOW;
    }
    return length;
}

int32_t copyUnicodeStringASCII(const UnicodeString &text, char *out, int32_t capacity, int32_t *status) {
    std::string utf8;
    text.toUTF8String(utf8);
    return copyASCII(utf8.data(), (int32_t)utf8.size(), out, capacity, status);
}

UnicodeString makeString(const uint16_t *text, int32_t length) {
    return UnicodeString(reinterpret_cast<const UChar *>(text), length);
}

}  // namespace

extern "C" {

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t cicu_icu_version(char *out, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    int32_t status = 0;
    return copyASCII(text, (int32_t)strlen(text), out, capacity, &status);
}

int32_t cicu_cldr_version(char *out, int32_t capacity, int32_t *status) {
    UVersionInfo info;
    UErrorCode code = U_ZERO_ERROR;
    ulocdata_getCLDRVersion(info, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    return copyASCII(text, (int32_t)strlen(text), out, capacity, status);
}

int32_t cicu_unicode_version(char *out, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getUnicodeVersion(info);
    u_versionToString(info, text);
    int32_t status = 0;
    return copyASCII(text, (int32_t)strlen(text), out, capacity, &status);
}

// MARK: Locales

int32_t cicu_locale_from_tag(const char *tag, char *out, int32_t capacity, int32_t *parsedLength, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = uloc_forLanguageTag(tag, out, capacity, parsedLength, &code);
    *status = code;
    return length;
}

int32_t cicu_locale_to_tag(const char *locale, int32_t strict, char *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = uloc_toLanguageTag(locale, out, capacity, strict ? true : false, &code);
    *status = code;
    return length;
}

#define CICU_LOCALE_FN(name, icuFunction)                                                   \
    int32_t name(const char *locale, char *out, int32_t capacity, int32_t *status) {       \
        UErrorCode code = U_ZERO_ERROR;                                                     \
        int32_t length = icuFunction(locale, out, capacity, &code);                         \
        *status = code;                                                                     \
        return length;                                                                      \
    }

CICU_LOCALE_FN(cicu_locale_canonicalize, uloc_canonicalize)
CICU_LOCALE_FN(cicu_locale_add_likely_subtags, uloc_addLikelySubtags)
CICU_LOCALE_FN(cicu_locale_minimize_subtags, uloc_minimizeSubtags)
CICU_LOCALE_FN(cicu_locale_language, uloc_getLanguage)
CICU_LOCALE_FN(cicu_locale_script, uloc_getScript)
CICU_LOCALE_FN(cicu_locale_region, uloc_getCountry)

int32_t cicu_locale_display_name(const char *locale, const char *displayLocale, uint16_t *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayName(locale, displayLocale, reinterpret_cast<UChar *>(out), capacity, &code);
    *status = code;
    return length;
}

int32_t cicu_locale_display_language(const char *locale, const char *displayLocale, uint16_t *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayLanguage(locale, displayLocale, reinterpret_cast<UChar *>(out), capacity, &code);
    *status = code;
    return length;
}

int32_t cicu_locale_is_rtl(const char *locale) { return uloc_isRightToLeft(locale) ? 1 : 0; }

int32_t cicu_available_locale_count(void) { return uloc_countAvailable(); }

const char *cicu_available_locale(int32_t index) { return uloc_getAvailable(index); }

int32_t cicu_locale_actual_data_locale(const char *locale, char *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(nullptr, locale, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    // A default-locale fallback would make an unknown language look as if it had the
    // process's (usually English) data: report it as root, which is what it really gets.
    if (code == U_USING_DEFAULT_WARNING) {
        ures_close(bundle);
        *status = 0;
        return copyASCII("root", 4, out, capacity, status);
    }
    const char *actual = ures_getLocaleByType(bundle, ULOC_ACTUAL_LOCALE, &code);
    int32_t length = 0;
    if (U_SUCCESS(code) && actual) {
        *status = 0;
        length = copyASCII(actual, (int32_t)strlen(actual), out, capacity, status);
    } else {
        *status = code;
    }
    ures_close(bundle);
    return length;
}

// MARK: Scripts

int32_t cicu_script_code(const char *name) {
    return u_getPropertyValueEnum(UCHAR_SCRIPT, name);
}

int32_t cicu_script_is_rtl(int32_t scriptCode) {
    return uscript_isRightToLeft((UScriptCode)scriptCode) ? 1 : 0;
}

int32_t cicu_script_of_code_point(int32_t codePoint, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t script = uscript_getScript(codePoint, &code);
    *status = code;
    return script;
}

const char *cicu_script_short_name(int32_t scriptCode) {
    return uscript_getShortName((UScriptCode)scriptCode);
}

// MARK: Plural rules

struct cicu_plural_rules {
    std::unique_ptr<PluralRules> rules;
};

cicu_plural_rules *cicu_plural_open(const char *locale, int32_t type, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    PluralRules *rules = PluralRules::forLocale(Locale(locale), type == 1 ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, code);
    *status = code;
    if (U_FAILURE(code) || !rules) { delete rules; return nullptr; }
    return new cicu_plural_rules{std::unique_ptr<PluralRules>(rules)};
}

cicu_plural_rules *cicu_plural_open_rules(const uint16_t *description, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    PluralRules *rules = PluralRules::createRules(makeString(description, length), code);
    *status = code;
    if (U_FAILURE(code) || !rules) { delete rules; return nullptr; }
    return new cicu_plural_rules{std::unique_ptr<PluralRules>(rules)};
}

void cicu_plural_close(cicu_plural_rules *rules) { delete rules; }

int32_t cicu_plural_keywords(cicu_plural_rules *rules, char *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    std::unique_ptr<StringEnumeration> keywords(rules->rules->getKeywords(code));
    if (U_FAILURE(code)) { *status = code; return 0; }
    // Report in CLDR's canonical order so output never depends on ICU's internal order.
    static const char *const order[] = {"zero", "one", "two", "few", "many", "other"};
    std::vector<std::string> found;
    const char *keyword;
    int32_t keywordLength;
    while ((keyword = keywords->next(&keywordLength, code)) != nullptr && U_SUCCESS(code)) {
        found.emplace_back(keyword, (size_t)keywordLength);
    }
    std::string joined;
    for (const char *name : order) {
        for (const std::string &item : found) {
            if (item == name) {
                if (!joined.empty()) joined += ' ';
                joined += item;
            }
        }
    }
    *status = 0;
    return copyASCII(joined.data(), (int32_t)joined.size(), out, capacity, status);
}

int32_t cicu_plural_select_double(cicu_plural_rules *rules, double number, char *out, int32_t capacity, int32_t *status) {
    UnicodeString keyword = rules->rules->select(number);
    *status = 0;
    return copyUnicodeStringASCII(keyword, out, capacity, status);
}

int32_t cicu_plural_select_decimal(cicu_plural_rules *rules, const char *locale, const char *decimal, char *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    // Format the decimal exactly as written (no rounding, no trailing-zero loss), then let
    // PluralRules read CLDR's operands (n, i, v, w, f, t, e) from the formatted number.
    const char *point = strchr(decimal, '.');
    int32_t fractionDigits = 0;
    if (point) {
        for (const char *c = point + 1; *c >= '0' && *c <= '9'; c++) fractionDigits++;
    }
    auto formatter = number::NumberFormatter::withLocale(Locale(locale))
                         .precision(number::Precision::fixedFraction(fractionDigits))
                         .grouping(UNUM_GROUPING_OFF);
    number::FormattedNumber formatted = formatter.formatDecimal(StringPiece(decimal), code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    UnicodeString keyword = rules->rules->select(formatted, code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    *status = 0;
    return copyUnicodeStringASCII(keyword, out, capacity, status);
}

int32_t cicu_plural_samples(cicu_plural_rules *rules, const char *keyword, double *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t count = rules->rules->getSamples(UnicodeString(keyword, -1, US_INV), out, capacity, code);
    *status = code;
    return count;
}

int32_t cicu_plural_rules_text(cicu_plural_rules *rules, uint16_t *out, int32_t capacity, int32_t *status) {
    *status = 0;
    return copyUnicodeString(rules->rules->getRules(), out, capacity, status);
}

// MARK: Collation

struct cicu_collator {
    UCollator *collator;
};

cicu_collator *cicu_collator_open(const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UCollator *collator = ucol_open(locale, &code);
    *status = code;
    if (U_FAILURE(code)) { return nullptr; }
    return new cicu_collator{collator};
}

void cicu_collator_close(cicu_collator *collator) {
    if (!collator) return;
    ucol_close(collator->collator);
    delete collator;
}

void cicu_collator_set_strength(cicu_collator *collator, int32_t strength) {
    ucol_setStrength(collator->collator, (UCollationStrength)strength);
}

int32_t cicu_collator_get_strength(cicu_collator *collator) { return ucol_getStrength(collator->collator); }

int32_t cicu_collator_compare(cicu_collator *collator, const uint16_t *a, int32_t aLength, const uint16_t *b, int32_t bLength) {
    return ucol_strcoll(collator->collator, reinterpret_cast<const UChar *>(a), aLength, reinterpret_cast<const UChar *>(b), bLength);
}

int32_t cicu_collator_sort_key(cicu_collator *collator, const uint16_t *text, int32_t length, uint8_t *out, int32_t capacity) {
    return ucol_getSortKey(collator->collator, reinterpret_cast<const UChar *>(text), length, out, capacity);
}

int32_t cicu_collator_actual_locale(cicu_collator *collator, char *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const char *actual = ucol_getLocaleByType(collator->collator, ULOC_ACTUAL_LOCALE, &code);
    if (U_FAILURE(code) || !actual) { *status = code; return 0; }
    *status = 0;
    return copyASCII(actual, (int32_t)strlen(actual), out, capacity, status);
}

// MARK: Break iteration

int32_t cicu_break_boundaries(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *ruleStatus, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIteratorType type = kind == 0 ? UBRK_CHARACTER : kind == 1 ? UBRK_WORD : kind == 2 ? UBRK_LINE : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, reinterpret_cast<const UChar *>(text), length, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    int32_t count = 0;
    for (int32_t boundary = ubrk_first(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
        if (count < capacity) {
            boundaries[count] = boundary;
            if (ruleStatus) ruleStatus[count] = ubrk_getRuleStatus(iterator);
        }
        count++;
    }
    ubrk_close(iterator);
    *status = count > capacity ? CICU_BUFFER_OVERFLOW : 0;
    return count;
}

// MARK: Normalization

namespace {
const UNormalizer2 *normalizer(int32_t form, UErrorCode *code) {
    switch (form) {
    case 1: return unorm2_getNFDInstance(code);
    case 2: return unorm2_getNFKCInstance(code);
    case 3: return unorm2_getNFKDInstance(code);
    default: return unorm2_getNFCInstance(code);
    }
}
}  // namespace

int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *norm = normalizer(form, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    int32_t result = unorm2_normalize(norm, reinterpret_cast<const UChar *>(text), length, reinterpret_cast<UChar *>(out), capacity, &code);
    *status = code == U_BUFFER_OVERFLOW_ERROR ? CICU_BUFFER_OVERFLOW : code;
    return result;
}

int32_t cicu_is_normalized(int32_t form, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *norm = normalizer(form, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    UBool result = unorm2_isNormalized(norm, reinterpret_cast<const UChar *>(text), length, &code);
    *status = code;
    return result ? 1 : 0;
}

// MARK: MessageFormat

int32_t cicu_message_validate(const uint16_t *pattern, int32_t length, const char *locale,
                              int32_t *errorOffset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    parseError.offset = -1;
    parseError.line = -1;
    MessageFormat format(makeString(pattern, length), Locale(locale), parseError, code);
    *status = code;
    *errorOffset = U_FAILURE(code) ? parseError.offset : -1;
    return U_SUCCESS(code) ? 1 : 0;
}

int32_t cicu_message_format(const uint16_t *pattern, int32_t length, const char *locale,
                            int32_t count, const uint16_t *const *names, const int32_t *nameLengths,
                            const int32_t *kinds, const uint16_t *const *strings, const int32_t *stringLengths,
                            const double *numbers,
                            uint16_t *out, int32_t capacity, int32_t *status) {
    // A series of one, no argument varying.
    std::vector<double> shifts((size_t)count, NAN);
    const double unused = 0;
    return cicu_message_format_series(pattern, length, locale, count, names, nameLengths, kinds, strings, stringLengths,
                                      numbers, shifts.data(), &unused, 1, out, capacity, status);
}

int32_t cicu_message_format_series(const uint16_t *pattern, int32_t length, const char *locale,
                                   int32_t count, const uint16_t *const *names, const int32_t *nameLengths,
                                   const int32_t *kinds, const uint16_t *const *strings, const int32_t *stringLengths,
                                   const double *numbers, const double *shifts, const double *series, int32_t seriesCount,
                                   uint16_t *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    MessageFormat format(makeString(pattern, length), Locale(locale), parseError, code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    std::vector<UnicodeString> argumentNames;
    std::vector<Formattable> arguments;
    argumentNames.reserve((size_t)count);
    arguments.reserve((size_t)count);
    for (int32_t i = 0; i < count; i++) {
        argumentNames.push_back(makeString(names[i], nameLengths[i]));
        switch (kinds[i]) {
        case CICU_ARG_NUMBER: arguments.emplace_back(numbers[i]); break;
        case CICU_ARG_DATE: arguments.emplace_back((UDate)numbers[i], Formattable::kIsDate); break;
        default: arguments.emplace_back(makeString(strings[i], stringLengths[i])); break;
        }
    }
    UnicodeString result;
    for (int32_t k = 0; k < seriesCount; k++) {
        for (int32_t i = 0; i < count; i++) {
            if (kinds[i] == CICU_ARG_NUMBER && !std::isnan(shifts[i])) { arguments[(size_t)i].setDouble(series[k] + shifts[i]); }
        }
        if (k > 0) { result.append((UChar)0); }
        format.format(argumentNames.data(), arguments.data(), count, result, code);
        if (U_FAILURE(code)) { *status = code; return 0; }
    }
    *status = 0;
    return copyUnicodeString(result, out, capacity, status);
}

}  // extern "C"
