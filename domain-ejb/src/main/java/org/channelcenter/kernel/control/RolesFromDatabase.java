package org.channelcenter.kernel.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.channelcenter.kernel.boundary.Caller;

/**
 * The container checks a boundary's {@code @RolesAllowed} against the roles the user had when signing in, which
 * the session keeps: a sales agent demoted to helpdesk agent, or a user deactivated, would keep its old rights
 * until it signs out. Bound to every EJB of the module (META-INF/ejb-jar.xml), this checks the same annotation
 * again against what the database says now ({@link CurrentCaller}, read once per request): the roles of the
 * active user of an active organization, or of an applicant's. The removed rights are gone at the next request,
 * in every boundary, without each repeating the check. Methods without {@code @RolesAllowed} (or with
 * {@code @PermitAll}) are left to their own checks.
 */
public class RolesFromDatabase {

    /** Per business method, the role names it allows; empty when it names none. */
    private static final Map<Method, Set<String>> ALLOWED = new ConcurrentHashMap<>();

    @Inject
    CurrentCaller currentCaller;

    @AroundInvoke
    Object checkRoles(InvocationContext invocation) throws Exception {
        Set<String> allowed = ALLOWED.computeIfAbsent(invocation.getMethod(), RolesFromDatabase::allowed);
        if (!allowed.isEmpty()) {
            Optional<Caller> caller = currentCaller.find().or(currentCaller::findApplicant);
            if (caller.isEmpty()
                    || caller.get().roles().stream().map(Enum::name).noneMatch(allowed::contains)) {
                throw new EJBAccessException("the database gives the caller none of the roles " + allowed);
            }
        }
        return invocation.proceed();
    }

    private static Set<String> allowed(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Set.of();
        }
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        return roles == null ? Set.of() : Set.of(roles.value());
    }
}
