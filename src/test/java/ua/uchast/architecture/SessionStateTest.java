package ua.uchast.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * What a page keeps between requests lives in the session (view-scoped beans in the view map, session-scoped beans),
 * and the session travels through the data grid to whichever instance serves the next request. Payara drops an
 * attribute it cannot serialize — silently, from the live session too — so every such bean must be Serializable down
 * to its last field: fields that cannot be are transient and rebuilt on demand.
 */
class SessionStateTest {

    private static final List<String> PASSIVATING_SCOPES = List.of("jakarta.faces.view.ViewScoped",
            "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped",
            "org.omnifaces.cdi.ViewScoped");

    @Test
    void everythingPagesKeepInTheSessionCanTravelToAnotherInstance() {
        List<JavaClass> kept = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ua.uchast").stream()
                .filter(bean -> PASSIVATING_SCOPES.stream().anyMatch(bean::isAnnotatedWith)).toList();
        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        kept.forEach(bean -> check(bean.reflect(), bean.getSimpleName(), checked, problems));
        assertEquals(List.of(), problems, "fields of session-held beans that cannot be serialized (make them Serializable, "
                + "or transient and rebuilt when needed)");
        assertEquals(true, kept.size() >= 5, "found the view-scoped beans: " + kept);
    }

    private static void check(Class<?> type, String path, Set<Class<?>> checked, List<String> problems) {
        if (!checked.add(type)) {
            return;
        }
        if (!type.isPrimitive() && !Serializable.class.isAssignableFrom(type)) {
            problems.add(path + " (" + type.getName() + ")");
            return;
        }
        if (!type.getName().startsWith("ua.uchast.")) {
            return;
        }
        for (Class<?> declaring = type; declaring != null && declaring != Object.class; declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isAnnotationPresent(Inject.class)) {
                    checkType(field.getGenericType(), path + "." + field.getName(), checked, problems);
                }
            }
        }
    }

    /** A declared type: collections and maps by what they hold, anything else as a class. */
    private static void checkType(Type type, String path, Set<Class<?>> checked, List<String> problems) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", checked, problems);
            }
        } else if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, checked, problems);
        } else if (type instanceof WildcardType wildcard) {
            checkType(wildcard.getUpperBounds()[0], path, checked, problems);
        } else if (type instanceof Class<?> plain) {
            check(plain.isArray() ? plain.getComponentType() : plain, path, checked, problems);
        }
    }
}
