package org.channelcenter.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds can be written to the database ({@code cc.sessions=database}) and read by another
 * server: view- and session-scoped beans are Serializable, and so is every value they keep, down to the
 * portal's own records and rows. Injected boundaries and beans are the container's to serialize (as references),
 * so they are not followed. A field that is not serializable would only fail when a server writes the session,
 * in production; here it fails the build, naming the field.
 */
class SessionStateTest {

    /** Collection interfaces whose every implementation the portal keeps (ArrayList, List.of, HashMap...) is. */
    private static final Set<Class<?>> SERIALIZABLE_INTERFACES =
            Set.of(List.class, Set.class, Map.class, Collection.class);

    @Test
    void viewAndSessionScopedBeansKeepOnlySerializableState() {
        List<Class<?>> beans = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.channelcenter.web")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                        .map(JavaClass::reflect)
                        .toList();
        assertFalse(beans.isEmpty(), "no view-scoped beans found: the test would prove nothing");

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, new HashMap<>(), bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    private static void checkFields(
            Class<?> type, Map<TypeVariable<?>, Type> bound, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        Map<TypeVariable<?>, Type> variables = bound;
        // the portal's own classes; a framework superclass (PrimeFaces' LazyDataModel) is trusted with its fields
        for (Class<?> c = type; c != null && c.getName().startsWith("org.channelcenter."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(Inject.class)
                        || field.isAnnotationPresent(EJB.class)
                        || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), variables, path + "." + field.getName(), problems, seen);
            }
            // what the subclass says the superclass's type parameters are (e.g. SentInvitationsPage<InvitationRow>)
            Map<TypeVariable<?>, Type> superVariables = new HashMap<>();
            if (c.getGenericSuperclass() instanceof ParameterizedType superType) {
                TypeVariable<?>[] parameters = c.getSuperclass().getTypeParameters();
                Type[] arguments = superType.getActualTypeArguments();
                for (int i = 0; i < parameters.length; i++) {
                    superVariables.put(parameters[i], resolve(arguments[i], variables));
                }
            }
            variables = superVariables;
        }
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> variables) {
        return type instanceof TypeVariable<?> variable && variables.containsKey(variable)
                ? variables.get(variable)
                : type;
    }

    private static void checkType(
            Type type, Map<TypeVariable<?>, Type> variables, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            checkType(raw, variables, path, problems, seen);
            for (Type argument : arguments) {
                checkType(argument, variables, path + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), variables, path + "[]", problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type upper : wildcard.getUpperBounds()) {
                checkType(upper, variables, path, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            if (variables.containsKey(variable)) {
                checkType(variables.get(variable), Map.of(), path, problems, seen);
                return;
            }
            for (Type upper : variable.getBounds()) {
                if (upper != Object.class) {
                    checkType(upper, Map.of(), path, problems, seen);
                }
            }
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || SERIALIZABLE_INTERFACES.contains(c)) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), variables, path + "[]", problems, seen);
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + " is a " + c.getName() + ", which is not Serializable");
            } else if (c.getName().startsWith("org.channelcenter.") && !c.isEnum()) {
                checkFields(c, new HashMap<>(), path, problems, seen);
            }
        }
    }
}
