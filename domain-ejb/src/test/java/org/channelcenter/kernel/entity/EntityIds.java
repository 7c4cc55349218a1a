package org.channelcenter.kernel.entity;

import java.lang.reflect.Field;

/** Identity ids come from the database; entity and control tests set them as the database would. */
public final class EntityIds {

    private EntityIds() {}

    /** {@code entity} with its {@code id} field (declared by its class or a superclass) set. */
    public static <T> T withId(T entity, long id) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("id");
                field.setAccessible(true);
                field.set(entity, id);
                return entity;
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no id field");
    }
}
