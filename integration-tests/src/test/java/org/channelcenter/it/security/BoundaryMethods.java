package org.channelcenter.it.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.channelcenter.commerce.boundary.Orders;

/**
 * The boundary methods that take an entity id, found by reflection in the EJB module: every public method of every
 * {@code @Stateless} class in {@code org.channelcenter.*.boundary} with a parameter that is a {@code long}/{@code Long}
 * named {@code id} or {@code ...Id}, an entity, or a record carrying such an id (e.g. {@code NewOrder.customerId}).
 * Found, not listed, so that a new method cannot be left out of the matrix.
 */
final class BoundaryMethods {

    private static final String BOUNDARY_PATH = "org/channelcenter/[a-z]+/boundary/[A-Za-z]+\\.class";
    private static final String STATELESS_DESCRIPTOR =
            "L" + Stateless.class.getName().replace('.', '/') + ";";

    private BoundaryMethods() {}

    /** A boundary method: its class, its method, and its key in {@link MatrixCases}. */
    record Found(Class<?> boundary, Method method) {

        String key() {
            return signature(boundary, method);
        }

        /** The roles its {@code @RolesAllowed} names (on the method, else on the class); empty if none. */
        Set<String> allowedRoles() {
            if (method.isAnnotationPresent(PermitAll.class)) {
                return Set.of();
            }
            RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                    ? method.getAnnotation(RolesAllowed.class)
                    : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
            return roles == null ? Set.of() : Set.of(roles.value());
        }
    }

    /** {@code Orders.find(long,PageRequest)}: the boundary's simple name, the method's and its parameter types'. */
    static String signature(Class<?> boundary, Method method) {
        return boundary.getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")"));
    }

    /** Every boundary method with an id parameter, in a stable order. */
    static List<Found> withIds() {
        List<Found> found = new ArrayList<>();
        for (Class<?> boundary : statelessBoundaries()) {
            for (Method method : boundary.getMethods()) {
                if (method.getDeclaringClass() != Object.class
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()
                        && !method.isBridge()
                        && Arrays.stream(method.getParameters()).anyMatch(BoundaryMethods::carriesAnId)) {
                    found.add(new Found(boundary, method));
                }
            }
        }
        found.sort(Comparator.comparing(Found::key));
        return found;
    }

    static boolean carriesAnId(Parameter parameter) {
        Class<?> type = parameter.getType();
        if (isIdName(type, parameter.getName()) || type.isAnnotationPresent(Entity.class)) {
            return true;
        }
        return type.isRecord()
                && Arrays.stream(type.getRecordComponents())
                        .anyMatch((RecordComponent component) -> isIdName(component.getType(), component.getName()));
    }

    private static boolean isIdName(Class<?> type, String name) {
        return (type == long.class || type == Long.class) && (name.equals("id") || name.endsWith("Id"));
    }

    /**
     * The {@code @Stateless} boundary classes, told by their class files' constant pools before loading: a boundary
     * package also holds other beans (health checks, gauges) whose libraries only the server has.
     */
    private static List<Class<?>> statelessBoundaries() {
        Path module;
        try {
            module = Path.of(Orders.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> boundaries = new ArrayList<>();
        try {
            if (Files.isDirectory(module)) {
                try (Stream<Path> files = Files.walk(module)) {
                    for (Path file : files.toList()) {
                        String path = module.relativize(file).toString().replace('\\', '/');
                        if (path.matches(BOUNDARY_PATH) && isStateless(Files.readAllBytes(file))) {
                            boundaries.add(load(path));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(module.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        JarEntry entry = entries.nextElement();
                        if (entry.getName().matches(BOUNDARY_PATH)
                                && isStateless(jar.getInputStream(entry).readAllBytes())) {
                            boundaries.add(load(entry.getName()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boundaries.sort(Comparator.comparing(Class::getName));
        return boundaries;
    }

    private static boolean isStateless(byte[] classFile) {
        return new String(classFile, StandardCharsets.ISO_8859_1).contains(STATELESS_DESCRIPTOR);
    }

    private static Class<?> load(String path) {
        try {
            Class<?> type = Class.forName(
                    path.substring(0, path.length() - ".class".length()).replace('/', '.'),
                    false,
                    BoundaryMethods.class.getClassLoader());
            if (!type.isAnnotationPresent(Stateless.class)) {
                throw new IllegalStateException(type + " names @Stateless but is not annotated with it");
            }
            return type;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
