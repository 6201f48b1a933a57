package ua.uchast.testsupport;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import ua.uchast.audit.boundary.AuditTrail;
import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.platform.boundary.StaffActionPerformed;

/**
 * Builds any of the application's beans outside the container the way CDI would: through its {@code @Inject}
 * constructor, an interface by its one implementation in the application, configuration by its default, one entity
 * manager, the given signed-in staff member and resident, staff actions delivered to the audit log. For tests that
 * must reach every boundary (the access matrix) without wiring each by hand; {@code overrides} replace what a test
 * must control.
 */
public final class Autowiring {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ua.uchast");

    private final Map<Class<?>, Object> made = new HashMap<>();

    public Autowiring(EntityManager entityManager, CurrentStaff staff, CurrentResident resident, Clock clock,
            Map<Class<?>, Object> overrides) {
        made.put(EntityManager.class, entityManager);
        made.put(CurrentStaff.class, staff);
        made.put(CurrentResident.class, resident);
        made.put(Clock.class, clock);
        made.putAll(overrides);
    }

    public <T> T make(Class<T> type) {
        Object existing = made.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        Class<?> concrete = type.isInterface() ? implementationOf(type) : type;
        Constructor<?> constructor = constructorOf(concrete);
        Object[] arguments = Arrays.stream(constructor.getParameters()).map(this::argumentFor).toArray();
        try {
            constructor.setAccessible(true);
            T instance = type.cast(constructor.newInstance(arguments));
            made.put(type, instance);
            return instance;
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot make " + concrete.getName(), e);
        }
    }

    private Object argumentFor(Parameter parameter) {
        ConfigProperty config = parameter.getAnnotation(ConfigProperty.class);
        if (config != null) {
            return configured(parameter.getType(), config);
        }
        if (parameter.getType() == Event.class) {
            return eventFor(parameter.getParameterizedType());
        }
        return make(parameter.getType());
    }

    private Object eventFor(Type eventType) {
        Type fired = eventType instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : Object.class;
        if (fired == StaffActionPerformed.class) {
            AuditTrail trail = make(AuditTrail.class);
            return new DeliveringEvent<StaffActionPerformed>(trail::record);
        }
        return new DeliveringEvent<>(ignored -> { });
    }

    /** A configuration value as a deployment without that variable would have it; an empty text is the test secret. */
    private static Object configured(Class<?> type, ConfigProperty config) {
        String value = ConfigProperty.UNCONFIGURED_VALUE.equals(config.defaultValue()) ? null : config.defaultValue();
        if (type == Optional.class) {
            return Optional.ofNullable(value);
        }
        if (type == int.class || type == Integer.class) {
            return value == null ? 0 : Integer.parseInt(value);
        }
        if (type == long.class || type == Long.class) {
            return value == null ? 0L : Long.parseLong(value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.parseBoolean(value);
        }
        return value != null && !value.isEmpty() ? value : TestServices.RESIDENT_KEY_SECRET;
    }

    private static Class<?> implementationOf(Class<?> type) {
        List<Class<?>> implementations = APPLICATION.get(type).getAllSubclasses().stream()
                .filter(candidate -> !candidate.isInterface() && !candidate.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::reflect).filter(candidate -> !candidate.isAnonymousClass()).<Class<?>>map(candidate -> candidate)
                .toList();
        if (implementations.size() != 1) {
            throw new IllegalStateException(type.getName() + " has " + implementations.size() + " implementations; override it");
        }
        return implementations.get(0);
    }

    private static Constructor<?> constructorOf(Class<?> type) {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        return Arrays.stream(constructors).filter(constructor -> constructor.isAnnotationPresent(Inject.class)).findFirst()
                .or(() -> Arrays.stream(constructors).filter(constructor -> Modifier.isPublic(constructor.getModifiers()))
                        .filter(constructor -> constructor.getParameterCount() == 0).findFirst())
                .orElseThrow(() -> new IllegalStateException(type.getName() + " has no @Inject or public no-argument constructor"));
    }
}
