/// General_Category values by their ECMA-262 names (long, short and the few extra aliases).
enum GeneralCategoryNames {
    static let table: [String: Set<Unicode.GeneralCategory>] = {
        var table: [String: Set<Unicode.GeneralCategory>] = [:]
        for (names, categories) in groups {
            for name in names { table[name] = categories }
        }
        return table
    }()

    private static let letters: Set<Unicode.GeneralCategory> =
        [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter]
    private static let marks: Set<Unicode.GeneralCategory> = [.nonspacingMark, .spacingMark, .enclosingMark]
    private static let numbers: Set<Unicode.GeneralCategory> = [.decimalNumber, .letterNumber, .otherNumber]
    private static let punctuation: Set<Unicode.GeneralCategory> = [
        .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
        .finalPunctuation, .otherPunctuation,
    ]
    private static let symbols: Set<Unicode.GeneralCategory> = [
        .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
    ]
    private static let separators: Set<Unicode.GeneralCategory> = [
        .spaceSeparator, .lineSeparator, .paragraphSeparator,
    ]
    private static let others: Set<Unicode.GeneralCategory> = [.control, .format, .surrogate, .privateUse, .unassigned]

    private static let groups: [([String], Set<Unicode.GeneralCategory>)] = [
        (["L", "Letter"], letters),
        (["LC", "Cased_Letter"], [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]),
        (["Lu", "Uppercase_Letter"], [.uppercaseLetter]),
        (["Ll", "Lowercase_Letter"], [.lowercaseLetter]),
        (["Lt", "Titlecase_Letter"], [.titlecaseLetter]),
        (["Lm", "Modifier_Letter"], [.modifierLetter]),
        (["Lo", "Other_Letter"], [.otherLetter]),
        (["M", "Mark", "Combining_Mark"], marks),
        (["Mn", "Nonspacing_Mark"], [.nonspacingMark]),
        (["Mc", "Spacing_Mark"], [.spacingMark]),
        (["Me", "Enclosing_Mark"], [.enclosingMark]),
        (["N", "Number"], numbers),
        (["Nd", "Decimal_Number", "digit"], [.decimalNumber]),
        (["Nl", "Letter_Number"], [.letterNumber]),
        (["No", "Other_Number"], [.otherNumber]),
        (["P", "Punctuation", "punct"], punctuation),
        (["Pc", "Connector_Punctuation"], [.connectorPunctuation]),
        (["Pd", "Dash_Punctuation"], [.dashPunctuation]),
        (["Ps", "Open_Punctuation"], [.openPunctuation]),
        (["Pe", "Close_Punctuation"], [.closePunctuation]),
        (["Pi", "Initial_Punctuation"], [.initialPunctuation]),
        (["Pf", "Final_Punctuation"], [.finalPunctuation]),
        (["Po", "Other_Punctuation"], [.otherPunctuation]),
        (["S", "Symbol"], symbols),
        (["Sm", "Math_Symbol"], [.mathSymbol]),
        (["Sc", "Currency_Symbol"], [.currencySymbol]),
        (["Sk", "Modifier_Symbol"], [.modifierSymbol]),
        (["So", "Other_Symbol"], [.otherSymbol]),
        (["Z", "Separator"], separators),
        (["Zs", "Space_Separator"], [.spaceSeparator]),
        (["Zl", "Line_Separator"], [.lineSeparator]),
        (["Zp", "Paragraph_Separator"], [.paragraphSeparator]),
        (["C", "Other"], others),
        (["Cc", "Control", "cntrl"], [.control]),
        (["Cf", "Format"], [.format]),
        (["Cs", "Surrogate"], [.surrogate]),
        (["Co", "Private_Use"], [.privateUse]),
        (["Cn", "Unassigned"], [.unassigned]),
    ]
}

/// ECMA-262 binary Unicode properties (long and short names) that `Unicode.Scalar.Properties` answers.
enum BinaryPropertyNames {
    static let table: [String: @Sendable (Unicode.Scalar.Properties) -> Bool] = {
        var table: [String: @Sendable (Unicode.Scalar.Properties) -> Bool] = [:]
        for (names, test) in groups {
            for name in names { table[name] = test }
        }
        return table
    }()

    private static let groups: [([String], @Sendable (Unicode.Scalar.Properties) -> Bool)] = [
        (["ASCII_Hex_Digit", "AHex"], { $0.isASCIIHexDigit }),
        (["Alphabetic", "Alpha"], { $0.isAlphabetic }),
        (["Bidi_Control", "Bidi_C"], { $0.isBidiControl }),
        (["Bidi_Mirrored", "Bidi_M"], { $0.isBidiMirrored }),
        (["Case_Ignorable", "CI"], { $0.isCaseIgnorable }),
        (["Cased"], { $0.isCased }),
        (["Changes_When_Casefolded", "CWCF"], { $0.changesWhenCaseFolded }),
        (["Changes_When_Casemapped", "CWCM"], { $0.changesWhenCaseMapped }),
        (["Changes_When_Lowercased", "CWL"], { $0.changesWhenLowercased }),
        (["Changes_When_NFKC_Casefolded", "CWKCF"], { $0.changesWhenNFKCCaseFolded }),
        (["Changes_When_Titlecased", "CWT"], { $0.changesWhenTitlecased }),
        (["Changes_When_Uppercased", "CWU"], { $0.changesWhenUppercased }),
        (["Dash"], { $0.isDash }),
        (["Default_Ignorable_Code_Point", "DI"], { $0.isDefaultIgnorableCodePoint }),
        (["Deprecated", "Dep"], { $0.isDeprecated }),
        (["Diacritic", "Dia"], { $0.isDiacritic }),
        (["Emoji"], { $0.isEmoji }),
        (["Emoji_Modifier", "EMod"], { $0.isEmojiModifier }),
        (["Emoji_Modifier_Base", "EBase"], { $0.isEmojiModifierBase }),
        (["Emoji_Presentation", "EPres"], { $0.isEmojiPresentation }),
        (["Extender", "Ext"], { $0.isExtender }),
        (["Grapheme_Base", "Gr_Base"], { $0.isGraphemeBase }),
        (["Grapheme_Extend", "Gr_Ext"], { $0.isGraphemeExtend }),
        (["Hex_Digit", "Hex"], { $0.isHexDigit }),
        (["IDS_Binary_Operator", "IDSB"], { $0.isIDSBinaryOperator }),
        (["IDS_Trinary_Operator", "IDST"], { $0.isIDSTrinaryOperator }),
        (["ID_Continue", "IDC"], { $0.isIDContinue }),
        (["ID_Start", "IDS"], { $0.isIDStart }),
        (["Ideographic", "Ideo"], { $0.isIdeographic }),
        (["Join_Control", "Join_C"], { $0.isJoinControl }),
        (["Logical_Order_Exception", "LOE"], { $0.isLogicalOrderException }),
        (["Lowercase", "Lower"], { $0.isLowercase }),
        (["Math"], { $0.isMath }),
        (["Noncharacter_Code_Point", "NChar"], { $0.isNoncharacterCodePoint }),
        (["Pattern_Syntax", "Pat_Syn"], { $0.isPatternSyntax }),
        (["Pattern_White_Space", "Pat_WS"], { $0.isPatternWhitespace }),
        (["Quotation_Mark", "QMark"], { $0.isQuotationMark }),
        (["Radical"], { $0.isRadical }),
        (["Sentence_Terminal", "STerm"], { $0.isSentenceTerminal }),
        (["Soft_Dotted", "SD"], { $0.isSoftDotted }),
        (["Terminal_Punctuation", "Term"], { $0.isTerminalPunctuation }),
        (["Unified_Ideograph", "UIdeo"], { $0.isUnifiedIdeograph }),
        (["Uppercase", "Upper"], { $0.isUppercase }),
        (["Variation_Selector", "VS"], { $0.isVariationSelector }),
        (["White_Space", "space"], { $0.isWhitespace }),
        (["XID_Continue", "XIDC"], { $0.isXIDContinue }),
        (["XID_Start", "XIDS"], { $0.isXIDStart }),
    ]
}
