// Generated from Locales/languages.tsv; LanguageRegistryTests checks the two are identical.
// After editing the registry file, regenerate this one (see the test for the command).

/// The built-in copy of the registry, used when a project has no Locales/languages.tsv.
enum BuiltInLanguages {
    static let text = #"""
        # Hartford Public Schools — family language registry for `translate`.
        #
        # Why this format: one language per line, tab-separated, with a header row. It opens as a
        # table in Excel, LibreOffice or Google Sheets (save as "Tab-delimited text, UTF-8") and
        # reads line by line in any text editor, so a change shows up in review as one changed line.
        # Lines starting with '#' are comments; blank lines are ignored. Columns may be left
        # empty at the end of a line. `translate languages` shows what the tool makes of this file,
        # and any mistake is reported as Locales/languages.tsv:LINE:COLUMN.
        #
        # Columns
        #   tag            BCP 47 language tag (es-US, pa-Arab, zh-Hant). Unique.
        #   english_name   name for district staff.
        #   endonym        the language's name for itself, as shown to families.
        #   endonym_source where the endonym comes from (ICU/CLDR, or a cited page when ICU has none).
        #   script         ISO 15924 script code (Latn, Arab, Mymr, Rohg, Syrc…).
        #   direction      ltr or rtl; must agree with the script (Unicode's script direction).
        #   fallback       languages shown when a message is missing, in order, separated by spaces;
        #                  every tag must be in this file and the chain ends with en.
        #   tier           source | core (documents always translated) | on-request |
        #                  interpretation (mostly spoken: interpreters, written material in English) |
        #                  fallback (a shared catalog that regional variants fall back to).
        #   families       number of families with this preferred language (from PowerSchool); blank = unknown.
        #   cardinal, ordinal
        #                  plural rules. Blank = CLDR's rules as ICU ships them. Otherwise one of:
        #                  'like TAG' (borrow another language's CLDR rules), 'other' (one form for
        #                  every number), or a CLDR rule string such as 'one: n = 1'.
        #                  Required when ICU has no data of its own for the language: the tool never
        #                  falls back to root or to another language's data silently.
        #   plural_reason  why the stated plural rules are right (required when cardinal or ordinal is set).
        #   collation      sort order. Blank = ICU's for the language; otherwise 'root' or 'like TAG'.
        #                  Required when ICU has no data of its own for the language.
        #   flags          test-only = a pseudo-locale for testing, never delivered to families;
        #                  script-reviewed = the script differs from CLDR's likely script on purpose.
        #   evidence       why the language is on the list (S01…S41 are the sources in Locales/languages-sources.md).
        #   notes          anything else.
        #
        # Source: family-languages.tsv/.md (89 languages, evidence tiers A/B/C; a starting point for the
        # district to review, not a census). Replace or extend it with EdSight's "English Learners by
        # Primary Language" export for Hartford when available.
        tag	english_name	endonym	endonym_source	script	direction	fallback	tier	families	cardinal	ordinal	plural_reason	collation	flags	evidence	notes
        en	English	English	ICU 72 (CLDR 42)	Latn	ltr		source							source language	the language the content is written in
        es	Spanish	español	ICU 72 (CLDR 42)	Latn	ltr	en	fallback							fallback for es-US	shared catalog for regional Spanish
        pt	Portuguese	português	ICU 72 (CLDR 42)	Latn	ltr	en	fallback							fallback for pt-BR, pt-PT	shared catalog for regional Portuguese
        es-US	Spanish (US; Puerto Rican, Dominican, Peruvian, Mexican families)	español (Estados Unidos)	ICU 72 (CLDR 42)	Latn	ltr	es en	core							A: S06,S08,S34; B: S24,S25	
        ar	Arabic (Modern Standard, written)	العربية	ICU 72 (CLDR 42)	Arab	rtl	en	on-request							A: S12,S15,S18; B: S19,S30	
        bs-Latn	Bosnian	bosanski (latinica)	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							A: S08,S16,S17; B: S30	falls back to English, not to Croatian or Serbian
        so	Somali	Soomaali	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			A: S09,S10,S11,S12; B: S19	
        ksw	S'gaw Karen	ကညီကျိာ်	https://en.wikipedia.org/wiki/S'gaw_Karen_language	Mymr	ltr	en	on-request		like my	other	like my (Burmese): S'gaw Karen counts with numeral + classifier and marks no plural on counted nouns; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only; collation: Burmese order of the shared Myanmar script	like my		A: S13,S14,S15,S17	
        my	Burmese	မြန်မာ	ICU 72 (CLDR 42)	Mymr	ltr	en	on-request							A: S13,S15 (Burma); B: S19	
        ne	Nepali (incl. Bhutanese Lhotshampa)	नेपाली	ICU 72 (CLDR 42)	Deva	ltr	en	on-request							A: S12,S15; B: S29	
        sq	Albanian	shqip	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							A: S08,S15; B: S24,S26,S30	
        ht	Haitian Creole	Kreyòl ayisyen	https://en.wikipedia.org/wiki/Haitian_Creole	Latn	ltr	en	on-request		other	other	'other' only, NOT French: ICU serves fr_HT data for 'ht', but Haitian Creole nouns do not change with a number (de liv, twa liv); the plural article 'yo' marks definiteness, not count (https://thelanguages.com/haitian-creole/nouns); ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		A: S08; B: S25,S26; national S31	ICU silently serves French (fr_HT) data for ht (its endonym for ht is the French 'créole haïtien'): plural rules, endonym and collation are stated here instead
        fr	French (Haitian, West/Central African families)	français	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							A: S11,S15 (Francophone Africa); B: S25	
        jam	Jamaican Creole (Patois) - spoken home language	Patwa	https://en.wikipedia.org/wiki/Jamaican_Patois	Latn	ltr	en	interpretation		other	other	'other' only: Jamaican Creole marks plural with the optional postposed 'dem' and leaves nouns after a numeral unmarked (tuu buk); ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		A: S08,S35; B: S23,S28	spoken home language: interpretation; written material is usually English
        fa-AF	Dari (Afghan Persian)	فارسی (افغانستان)	ICU 72 (CLDR 42)	Arab	rtl	fa en	on-request							A: S08,S10,S12 (Afghanistan, country only); B: S19,S21,S23	
        ps	Pashto	پښتو	ICU 72 (CLDR 42)	Arab	rtl	en	on-request							A: S08,S10,S12 (Afghan families); B: S19,S21,S23	
        am	Amharic	አማርኛ	ICU 72 (CLDR 42)	Ethi	ltr	en	on-request							A: S15 (Ethiopia, country only)	
        om	Oromo	Oromoo	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			A: S15 (Ethiopia, country only); C	
        sw	Swahili (East African standard; Somali Bantu, Burundian)	Kiswahili	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							A: S11; B: S23,S36	
        ymm	Maay Maay (Somali Bantu)	Af-Maay	https://en.wikipedia.org/wiki/Maay_language	Latn	ltr	so en	on-request		like so	other	like so (Somali): Maay is the closest Cushitic relative of Somali, which CLDR gives one/other; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		A: S11 (Somali Bantu, country only); C	Somali Bantu families often read Somali (S11)
        lir	Liberian English (Kolokwa)	Kolokwa	https://en.wikipedia.org/wiki/Liberian_English	Latn	ltr	en	interpretation		like en	like en	like en: written Liberian English follows standard English spelling and number marking; asking for 'one' too costs the translator nothing and never loses a form	root		A: S09,S10,S11 (Liberia, country only); C	spoken home language: interpretation; written material is usually English
        kri	Krio	Krio	https://en.wikipedia.org/wiki/Krio_language	Latn	ltr	en	on-request		other	other	'other' only: Krio marks plural with the postposed 'dɛn' on definite nouns and leaves nouns after a numeral unmarked (tu buk); ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		C: Sierra Leone lingua franca; S09,S11 name Liberia only	
        ak	Akan (Twi, Fante)	Akan	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			A: S15 (Ghana); B: S23 (Ashanti), S33 (Fante)	
        ee	Ewe	Eʋegbe	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			A: S15 (Togo, Ghana, country only)	
        yo	Yoruba	Èdè Yorùbá	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			A: S15 (Nigeria, country only)	
        ig	Igbo	Igbo	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			A: S15 (Nigeria, country only)	
        ha	Hausa	Hausa	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			A: S15 (Nigeria, Ghana, Cameroon, country only); C	
        bm	Bambara / Dioula	bamanakan	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			A: S15 (Ivory Coast, country only); C	
        acf	Saint Lucian Creole French (Kweyol)	Kwéyòl	https://en.wikipedia.org/wiki/Saint_Lucian_Creole	Latn	ltr	en	interpretation		other	other	'other' only, like ht: in Antillean French Creole the noun has one form and the number goes before it (senk zasyèt, http://trinikalalou.blogspot.com/2011/12/lesson-6-singular-plural.html); ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		A: S08 (St. Lucia, country only); C	spoken home language: interpretation; written material is usually English
        qu	Quechua	Runasimi	ICU 72 (CLDR 42)	Latn	ltr	en	on-request		other	other	'other' only: CLDR 42 has no plural rules for Quechua; the plural suffix -kuna is not used after numerals (iskay wasi, two houses); ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			A: S08,S15 (Peru, country only); C	
        th	Thai	ไทย	ICU 72 (CLDR 42)	Thai	ltr	en	on-request							A: S15 (Thailand, country only); C	
        din	Dinka	Thuɔŋjäŋ	https://en.wikipedia.org/wiki/Dinka_language	Latn	ltr	en	on-request		one: n = 1	other	one: n = 1: Dinka nouns have distinct singular and plural stems (tim/tiim 'tree', raan/kɔc 'person/people', http://dinkalanguage.blogspot.com/2010/06/dinka-noun-singular-and-plural.html) and counted nouns above one take the plural; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		A: S12 (Sudan, country only); B: S22,S36; C	
        nus	Nuer	Thok Nath	ICU 72 (CLDR 42)	Latn	ltr	en	on-request		one: n = 1	other	one: n = 1: CLDR 42 has no plural rules for Nuer; like Dinka, Nuer nouns have singular and plural stems and counted nouns above one are plural; ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			A: S12 (Sudan, country only); C	
        pt-BR	Portuguese (Brazil)	português (Brasil)	ICU 72 (CLDR 42)	Latn	ltr	pt en	on-request							B: S24,S25,S26,S28	
        pt-PT	Portuguese (Portugal, Azores, Lusophone Africa)	português (Portugal)	ICU 72 (CLDR 42)	Latn	ltr	pt en	on-request							A: S08 (Angola, country only); B: S25,S26; C (European norm)	
        pl	Polish	polski	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							B: S24,S26,S28,S30; S27 (Hartford figure, unreliable)	
        it	Italian	italiano	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							A: S08 (3 students from Italy); B: S25,S30	
        zh-Hans	Chinese, Mandarin (Simplified)	中文（简体）	ICU 72 (CLDR 42)	Hans	ltr	en	on-request							B: S24,S26,S28,S30; S05 (HPS teaches Mandarin; not home-language data)	
        zh-Hant	Chinese (Traditional)	中文（繁體）	ICU 72 (CLDR 42)	Hant	ltr	en	on-request							B: S23,S26	
        yue	Cantonese	粵語	ICU 72 (CLDR 42)	Hant	ltr	zh-Hant en	on-request							B: S23,S26	Cantonese readers read Traditional Chinese
        vi	Vietnamese	Tiếng Việt	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							B: S26,S33; national S31	
        ko	Korean	한국어	ICU 72 (CLDR 42)	Kore	ltr	en	on-request							B: S26,S33; national S31	
        ru	Russian	русский	ICU 72 (CLDR 42)	Cyrl	ltr	en	on-request							B: S26,S38; national S31	
        uk	Ukrainian	українська	ICU 72 (CLDR 42)	Cyrl	ltr	en	on-request							B: S32,S37	
        el	Greek	Ελληνικά	ICU 72 (CLDR 42)	Grek	ltr	en	on-request							B: S25	
        de	German	Deutsch	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							B: S25	
        sr-Cyrl	Serbian	српски (ћирилица)	ICU 72 (CLDR 42)	Cyrl	ltr	en	on-request							B: S28	
        hr	Croatian	hrvatski	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							B: S38 (former Yugoslavia); C	
        mk	Macedonian	македонски	ICU 72 (CLDR 42)	Cyrl	ltr	en	on-request							B: S38 (former Yugoslavia); C	
        hi	Hindi	हिन्दी	ICU 72 (CLDR 42)	Deva	ltr	en	on-request							B: S23,S28 (India),S32	
        gu	Gujarati	ગુજરાતી	ICU 72 (CLDR 42)	Gujr	ltr	en	on-request							B: S33	
        te	Telugu	తెలుగు	ICU 72 (CLDR 42)	Telu	ltr	en	on-request							B: S33	
        kn	Kannada	ಕನ್ನಡ	ICU 72 (CLDR 42)	Knda	ltr	en	on-request							B: S32	
        ta	Tamil	தமிழ்	ICU 72 (CLDR 42)	Taml	ltr	en	on-request							B: S28 (India, country only); C	
        ml	Malayalam	മലയാളം	ICU 72 (CLDR 42)	Mlym	ltr	en	on-request							B: S28 (India, country only); C	
        mr	Marathi	मराठी	ICU 72 (CLDR 42)	Deva	ltr	en	on-request							B: S28 (India, country only); C	
        ur	Urdu	اردو	ICU 72 (CLDR 42)	Arab	rtl	en	on-request							B: S23; national S31	
        pa-Guru	Punjabi (Gurmukhi)	ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)	ICU 72 (CLDR 42)	Guru	ltr	en	on-request							B: S23	
        pa-Arab	Punjabi (Shahmukhi, Pakistan)	پنجابی (عربی)	ICU 72 (CLDR 42)	Arab	rtl	en	on-request							B: S23 (Punjabi, Pakistan); C	
        bn	Bengali	বাংলা	ICU 72 (CLDR 42)	Beng	ltr	en	on-request							B: S23,S32	
        fa	Persian (Farsi, Iran)	فارسی	ICU 72 (CLDR 42)	Arab	rtl	en	on-request							B: S22,S23	
        tr	Turkish	Türkçe	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							B: S23	
        ckb	Central Kurdish (Sorani)	کوردیی ناوەندی	ICU 72 (CLDR 42)	Arab	rtl	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			B: S33 ('Kurdish'),S36; C (variety)	
        ku	Northern Kurdish (Kurmanji)	kurdî	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			B: S33 ('Kurdish'),S36; C (variety)	
        fil	Filipino (Tagalog)	Filipino	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							B: S23; national S31	
        id	Indonesian	Indonesia	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							B: S23 (Indonesia)	
        ms	Malay	Melayu	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							B: S23	
        wo	Wolof	Wolof	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			B: S23	
        ff-Latn	Fula (Pular)	Pulaar	ICU 72 (CLDR 42), without the script code ICU appends	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			B: S23 (Guinea, country only); C	
        sw-CD	Swahili (Congo)	Kiswahili (Jamhuri ya Kidemokrasia ya Kongo)	ICU 72 (CLDR 42)	Latn	ltr	sw en	on-request							B: S19,S20 (DR Congo)	
        rw	Kinyarwanda	Kinyarwanda	ICU 72 (CLDR 42)	Latn	ltr	en	on-request		like sw	other	like sw (Swahili): CLDR 42 has no plural rules for Kinyarwanda; Bantu singular/plural noun-class prefixes (umuntu/abantu) as in Swahili; ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			B: S19,S20 (DR Congo, country only); C: S41	
        rn	Kirundi	Ikirundi	ICU 72 (CLDR 42)	Latn	ltr	en	on-request		like sw	other	like sw (Swahili): CLDR 42 has no plural rules for Kirundi; Bantu singular/plural noun-class prefixes (umuntu/abantu) as in Swahili; ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			B: S36 (Burundi, New Haven)	
        ln	Lingala	lingála	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			B: S19,S20 (DR Congo, country only); C: S41	
        lua	Tshiluba (Luba-Kasai)	Tshiluba	https://en.wikipedia.org/wiki/Luba-Kasai_language	Latn	ltr	en	on-request		like sw	other	like sw (Swahili): Tshiluba is Bantu, with singular and plural noun-class prefixes (muntu/bantu) as in Swahili (mtu/watu), which CLDR gives one/other; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		B: S19,S20 (DR Congo, country only); C: S41	
        ti	Tigrinya	ትግርኛ	ICU 72 (CLDR 42)	Ethi	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			B: S22 (Eritrea)	
        uz-Arab	Uzbek (Afghan, Arabic script)	اوزبیک (عربی)	ICU 72 (CLDR 42)	Arab	rtl	en	on-request							B: S19,S21 (Afghanistan, country only); C	
        aii	Assyrian Neo-Aramaic	ܣܘܪܝܬ	https://en.wikipedia.org/wiki/Suret_language	Syrc	rtl	en	on-request		one: n = 1	other	one: n = 1: Suret nouns have singular and plural forms and numerals above one take the plural; no productive dual, so not Hebrew's one/two/other; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only; collation: CLDR has no Syriac tailoring, root orders by code point within the script	root		B: S18,S19 (Iraq, country only); C	rtl from script Syrc: ICU reports the aii locale as left-to-right because it has no aii data
        rhg	Rohingya	𐴌𐴟𐴇𐴥𐴝𐴚𐴒𐴙𐴝	https://en.wikipedia.org/wiki/Hanifi_Rohingya_script	Rohg	rtl	en	on-request		like bn	other	like bn (Bengali): Rohingya is Eastern Indo-Aryan, close to Chittagonian, and counts with numeral + classifier like Bengali, which CLDR gives one/other; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		B: S19 (Burma, country only); C	rtl from script Rohg (ICU has no rhg data; its orientation is right only through CLDR's likely script); many families also read Rohingyalish (Latin) or Burmese
        cnh	Hakha Chin	Laiholh	https://en.wikipedia.org/wiki/Hakha_Chin	Latn	ltr	en	on-request		like my	other	like my (Burmese): Kuki-Chin languages mark plural with an optional particle and not on counted nouns; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		B: S19 (Burma, country only); C	
        ctd	Tedim Chin	Zolai	https://en.wikipedia.org/wiki/Tedim_Chin	Latn	ltr	en	on-request		like my	other	like my (Burmese): Kuki-Chin languages mark plural with an optional particle and not on counted nouns; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root	script-reviewed	B: S19 (Burma, country only); C	CLDR says Pau Cin Hau (Pauc) is the likely script; Tedim is written in Latin in practice, so the registry keeps Latn
        kyu	Western Kayah (Karenni)	ꤊꤢꤛꤢ꤭ ꤜꤟꤤ꤬	https://en.wikipedia.org/wiki/Karenni_language	Kali	ltr	en	on-request		like my	other	like my (Burmese): Karenic, counts with numeral + classifier and marks no plural on counted nouns; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		A: S13 (Thai-border camps, country only); C	
        km	Khmer	ខ្មែរ	ICU 72 (CLDR 42)	Khmr	ltr	en	on-request							B: S39 (SE Asian refugees since 1975); C	
        lo	Lao	ລາວ	ICU 72 (CLDR 42)	Laoo	ltr	en	on-request							B: S39 (SE Asian refugees since 1975); C	
        hmn	Hmong	Hmoob	https://en.wikipedia.org/wiki/Hmong_language	Latn	ltr	en	on-request		like vi	other	like vi (Vietnamese): Hmong counts with numeral + classifier and has no plural inflection, as Vietnamese, which CLDR gives 'other' only; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		C: national S31; no CT source	
        ja	Japanese	日本語	ICU 72 (CLDR 42)	Jpan	ltr	en	on-request							C: national S31	
        he	Hebrew	עברית	ICU 72 (CLDR 42)	Hebr	rtl	en	on-request							C: Greater-Hartford Israeli families (no source found)	
        ro	Romanian	română	ICU 72 (CLDR 42)	Latn	ltr	en	on-request							C	
        hy	Armenian	հայերեն	ICU 72 (CLDR 42)	Armn	ltr	en	on-request							C	
        lg	Luganda	Luganda	ICU 72 (CLDR 42)	Latn	ltr	en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			C: East African arrivals	
        kea	Cape Verdean Creole (Kabuverdianu)	kabuverdianu	ICU 72 (CLDR 42)	Latn	ltr	pt-PT pt en	on-request			other	ordinal: CLDR 42 has no ordinal rules for this language; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only			C: New England Cape Verdean diaspora; no Hartford source found	Cape Verdean families usually read European Portuguese
        quc	K'iche'	Kʼicheʼ	https://en.wikipedia.org/wiki/K'iche'_language	Latn	ltr	en	on-request		other	other	'other' only: K'iche' marks plural (-ab') only on some animate nouns and not after numerals (oxib' ja, three houses); ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		C: Guatemalan families (US-wide pattern)	
        mam	Mam	Qyool Mam	https://en.wikipedia.org/wiki/Mam_language	Latn	ltr	en	on-request		other	other	'other' only: Mam marks plural with a preposed particle (qa-) that is not required after a numeral; ordinals are written as a numeral with a marker that does not change with the number, so 'other' only	root		C: Guatemalan families (US-wide pattern)	
        en-XA	Pseudo-English (accented, longer)	[Ëñĝļîšĥ]	CLDR pseudo-locale	Latn	ltr	en	on-request						test-only	pseudo-locale for testing layout and hard-coded strings	
        ar-XB	Pseudo-Bidi (right-to-left English)	[English, right to left]	CLDR pseudo-locale	Arab	rtl	en	on-request						test-only	pseudo-locale for testing right-to-left layout	
        """#
}
