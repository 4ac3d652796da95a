package io.gongjian.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How each event travels: its CloudEvents {@code type} (a breaking change to a payload gets a new version suffix),
 * its topic, its schema and the collection its subject names. The one table a new event type is added to.
 */
public final class EventTypes {

    public static final String ORGANIZATION_CHANGED = "io.gongjian.partnership.OrganizationChanged.v1";
    public static final String PARTNERSHIP_CHANGED = "io.gongjian.partnership.PartnershipChanged.v1";
    public static final String ACTIVITY_CHANGED = "io.gongjian.activity.ActivityChanged.v1";
    public static final String EXCHANGE_CHANGED = "io.gongjian.activity.ExchangeChanged.v1";
    public static final String ACHIEVEMENT_CHANGED = "io.gongjian.activity.AchievementChanged.v1";
    public static final String CONVERSION_CHANGED = "io.gongjian.activity.ConversionChanged.v1";
    public static final String FACILITY_CHANGED = "io.gongjian.activity.FacilityChanged.v1";

    private static final String SCHEMAS = "https://gongjian.io/events/schemas/";

    /**
     * One payload type on the wire.
     *
     * @param collection what the CloudEvents {@code subject} names before the record id, e.g. {@code partnerships}
     */
    public record Shape(String type, String topic, String collection, Class<? extends Event> payload) {

        /** The {@code dataschema}: the JSON Schema under docs/events/schemas, as published. */
        public String schema() {
            return SCHEMAS + payload.getSimpleName() + ".v1.json";
        }
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(ORGANIZATION_CHANGED, Topics.PARTNERSHIP, "organizations", OrganizationChanged.class),
            new Shape(PARTNERSHIP_CHANGED, Topics.PARTNERSHIP, "partnerships", PartnershipChanged.class),
            new Shape(ACTIVITY_CHANGED, Topics.ACTIVITY, "activities", ActivityChanged.class),
            new Shape(EXCHANGE_CHANGED, Topics.ACTIVITY, "exchanges", ExchangeChanged.class),
            new Shape(ACHIEVEMENT_CHANGED, Topics.ACTIVITY, "achievements", AchievementChanged.class),
            new Shape(CONVERSION_CHANGED, Topics.ACTIVITY, "conversions", ConversionChanged.class),
            new Shape(FACILITY_CHANGED, Topics.ACTIVITY, "facilities", FacilityChanged.class));

    private static final Map<Class<?>, Shape> BY_PAYLOAD =
            SHAPES.stream().collect(Collectors.toUnmodifiableMap(Shape::payload, Function.identity()));
    private static final Map<String, Shape> BY_TYPE =
            SHAPES.stream().collect(Collectors.toUnmodifiableMap(Shape::type, Function.identity()));

    private EventTypes() {}

    public static Shape of(Event event) {
        return BY_PAYLOAD.get(event.getClass());
    }

    /** The shape of a {@code type} value; empty for a type this contract does not know. */
    public static Optional<Shape> named(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** Every payload type, for tests that check the contract against its documents. */
    public static List<Shape> all() {
        return SHAPES;
    }
}
