package ua.uchast.tally.entity;

/**
 * Every warning and refusal the engine and the .pb parser give. The platform shows each in the viewer's language from
 * the message {@code tally.notice.<CODE>} ({0} is the line, the notice's arguments follow); the command-line tool
 * prints the English one.
 */
public enum NoticeCode {
    // The file cannot be read (refusals naming a line).
    NOT_UTF8,
    LINE_TOO_LONG,
    TEXT_BEFORE_META,
    SECTION_OUT_OF_ORDER,
    SECTION_AFTER_VOTES,
    SECTION_MISSING,
    HEADER_MISSING,
    UNCLOSED_QUOTE,
    FIELD_COUNT,
    META_FIELD_COUNT,
    COLUMN_TWICE,
    COLUMN_MISSING,
    META_HEADER,
    POINTS_COLUMN_MISSING,
    META_KEY_EMPTY,
    META_KEY_TWICE,
    META_MISSING,
    UNKNOWN_VOTE_TYPE,
    COUNT_MISMATCH,
    PROJECT_ID_EMPTY,
    PROJECT_TWICE,
    VOTER_ID_EMPTY,
    VOTER_TWICE,
    UNKNOWN_PROJECT_IN_VOTE,
    CHOOSE_ONE_LENGTH,
    POINTS_COUNT,
    NOT_A_WHOLE_NUMBER,
    NOT_AN_AMOUNT,
    AMOUNT_TOO_LARGE,
    TOO_MANY_DECIMALS,
    POINTS_TOO_LARGE,

    // The file is read, with a warning.
    REPEATED_CHOICE_APPROVAL,
    REPEATED_CHOICE_ORDINAL,
    REPEATED_CHOICE_CUMULATIVE,
    REPEATED_CHOICE_SCORING,
    MORE_LIKE_THIS,

    // The file's rule.
    UNKNOWN_RULE,
    CUSTOM_RULE_UNKNOWN,
    CUSTOM_RULE_UNDESCRIBED,
    CUSTOM_RULE_READ,
    EXCLUSIONS_NOT_IN_DATA,
    THRESHOLD_MISSING,
    WITHDRAWN_PROJECT
}
