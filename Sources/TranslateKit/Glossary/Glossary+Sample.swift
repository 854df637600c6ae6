extension Glossary {
    /// The district's sample glossary (the same text as Glossary/glossary.csv in a new project): the glossary the
    /// checks' documented examples run against.
    public static let sampleCSV = """
        en,es-US,ar,pl,zh-Hans,pl pattern,ar pattern,part of speech,definition,status,do-not-translate
        Hartford Public Schools,Escuelas Públicas de Hartford,مدارس هارتفورد العامة,Szkoły publiczne w Hartford,哈特福德公立学校,Szkoł* publiczn* w Hartford,*مدارس هارتفورد العامة,proper noun,"The district's name: translated, but the same way on every page, so families recognise it.",preferred,no
        Weaver High School,,,,,,,proper noun,A high school in Hartford; its name is on signs and buses.,preferred,yes
        magnet school,escuela magnet|escuelas magnet,,,磁石学校,,,noun,"A public school with a theme (science, arts, Montessori) that admits students from across the region by lottery.",preferred,no
        magnet school,escuela imán|escuelas imán,,,,,,noun,A word-for-word rendering of 'magnet' that families do not recognise.,forbidden,no
        Seal of Biliteracy,Sello de Alfabetización Bilingüe,,,,,,noun,A state award on the diploma for proficiency in English and another language.,preferred,no
        chronic absence,ausentismo crónico,الغياب المزمن,chroniczna absencja,长期缺勤,chroniczn* absencj*,*الغياب المزمن,noun,"Missing 10% or more of school days, for any reason, excused or not.",preferred,no
        Board of Education,Junta de Educación,مجلس التعليم,Rada Edukacji,教育委员会,Rad* Edukacji,*مجلس التعليم,noun,The elected board that governs the district.,preferred,no
        """

    /// The sample glossary, parsed.
    public static let examples: Glossary = (try? parse(sampleCSV, path: relativePath)) ?? Glossary(languages: [], entries: [])
}
