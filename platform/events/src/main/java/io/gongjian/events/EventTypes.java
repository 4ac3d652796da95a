package io.gongjian.events;

/** CloudEvents {@code type} values. A breaking change to a payload gets a new version suffix. */
public final class EventTypes {

    public static final String ORGANIZATION_CHANGED = "io.gongjian.partnership.OrganizationChanged.v1";
    public static final String PARTNERSHIP_CHANGED = "io.gongjian.partnership.PartnershipChanged.v1";
    public static final String ACTIVITY_CHANGED = "io.gongjian.activity.ActivityChanged.v1";
    public static final String EXCHANGE_CHANGED = "io.gongjian.activity.ExchangeChanged.v1";
    public static final String ACHIEVEMENT_CHANGED = "io.gongjian.activity.AchievementChanged.v1";
    public static final String CONVERSION_CHANGED = "io.gongjian.activity.ConversionChanged.v1";

    private EventTypes() {}
}
