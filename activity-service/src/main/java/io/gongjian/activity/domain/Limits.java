package io.gongjian.activity.domain;

/**
 * How much one record may hold (docs/domain.md, "Limits"): bounds no real record comes near, chosen so that every
 * record's event, at its largest, stays far below the broker's message limit and is always delivered. The API
 * schema states the same bounds ({@code maxLength}, {@code maxItems}, {@code maximum}) for generated clients.
 */
public final class Limits {

    /** Titles of activities and achievements, names of facilities, characters. */
    public static final int TITLE = 300;

    /** Where an activity took place, characters. */
    public static final int LOCATION = 200;

    /** Descriptions of exchanges and achievements, characters. */
    public static final int DESCRIPTION = 1000;

    /** Evidence links of one activity: minutes, photos, sign-in sheets; some dozens at most in practice. */
    public static final int EVIDENCE_LINKS = 50;

    /** One evidence link, characters (browsers and servers commonly stop near 2000). */
    public static final int LINK = 2000;

    /** People in one activity or one exchange: a few hundred in practice; a hall or a graduating class at most. */
    public static final int PEOPLE = 5000;

    /** Jobs one conversion created. */
    public static final int JOBS = 10_000;

    /**
     * An amount of one record in 10k CNY (a conversion's new output value, a facility's equipment): 1,000,000 (100亿元) lies an order of magnitude above the
     * largest single transfers reported by Chinese universities, and sums of thousands of them stay exact.
     */
    public static final String OUTPUT_VALUE = "1000000";

    /** Decimal places of an output value in 10k CNY: 4 is one yuan. */
    public static final int OUTPUT_VALUE_DECIMALS = 4;

    /** Floor area of one facility, m²: an industry college's whole building stays well below it. */
    public static final int FLOOR_AREA = 1_000_000;

    /** Decimal places of a floor area in m². */
    public static final int FLOOR_AREA_DECIMALS = 2;

    private Limits() {}
}
