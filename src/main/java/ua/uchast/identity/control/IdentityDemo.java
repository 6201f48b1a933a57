package ua.uchast.identity.control;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.identity.entity.Rnokpp.Gender;
import ua.uchast.platform.control.DemoDataRequested;

/** Demo residents, as if they had signed in through the identity provider: the authors of the demo projects. */
@ApplicationScoped
public class IdentityDemo {

    public static final List<ProviderIdentity> PEOPLE = List.of(
            person("Оксана Петренко", 1984, 3, 12, Gender.FEMALE, "м. Вишневе, вул. Святошинська, 12"),
            person("Василь Гончар", 1957, 11, 2, Gender.MALE, "м. Вишневе, вул. Київська, 5"),
            person("Марія Кравець", 2004, 6, 21, Gender.FEMALE, "с. Крюківщина, вул. Шкільна, 8"),
            person("Тарас Мельничук", 1991, 1, 30, Gender.MALE, "м. Вишневе, вул. Молодіжна, 3"),
            person("Галина Ткаченко", 1968, 8, 15, Gender.FEMALE, "с. Віта-Поштова, вул. Садова, 17"),
            person("Іван Сидоренко", 1979, 4, 4, Gender.MALE, "смт Калинівка, вул. Центральна, 20"),
            person("Наталія Бондар", 1995, 9, 9, Gender.FEMALE, "с. Прудянка, вул. Лісова, 2"),
            person("Олег Шевчук", 1963, 12, 24, Gender.MALE, "с. Мирне, вул. Миру, 11"),
            person("Юлія Литвин", 2001, 2, 14, Gender.FEMALE, "с. Зелене, вул. Польова, 6"));

    @Inject
    ResidentRepository residents;
    @Inject
    ResidentKeys keys;

    void load(@Observes @Priority(DemoDataRequested.IDENTITY) DemoDataRequested request) {
        PEOPLE.forEach(person -> residents.upsert(keys.keyOf(person.taxNumber()), person, request.now()));
    }

    private static ProviderIdentity person(String name, int year, int month, int day, Gender gender, String address) {
        LocalDate birthDate = LocalDate.of(year, month, day);
        return new ProviderIdentity(Rnokpp.compose(birthDate, gender, (year * 7 + day) % 1000), birthDate, address, null, name);
    }
}
