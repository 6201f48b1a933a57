package ua.uchast.community.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.community.boundary.StaffSignIn.Outcome;
import ua.uchast.community.boundary.StaffSignIn.Verdict;
import ua.uchast.community.control.Totp;
import ua.uchast.community.entity.RequiredStep;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.testsupport.Refusals;
import ua.uchast.testsupport.TwoHromadaDatabase;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;

/**
 * Staff self-service and account safety against a real MariaDB: passwords changed and reset, accounts deactivated and
 * re-roled (each ending the member's sessions), the second factor with replay refused and recovery codes used once,
 * sign-in decisions and their audit entries.
 */
class StaffAccountSafetyIT {

    private static final String PASSWORD = "a-long-test-password";
    private static final String ADDRESS = "192.0.2.10";

    @RegisterExtension
    static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_staff_safety");

    private <T> T as(StaffMember staff, Function<Wiring, T> action) {
        return DATABASE.persistence().call(entityManager -> action.apply(new Wiring(entityManager, TwoHromadas.as(staff),
                Clock.systemUTC())));
    }

    private StaffAccount account(Long id) {
        return DATABASE.persistence().call(entityManager -> entityManager.find(StaffAccount.class, id));
    }

    /** A commission member of hromada A of its own for one test, opened by A's administrator. */
    private StaffMember newMember(String username) {
        NewStaffAccount form = new NewStaffAccount();
        form.setUsername(username);
        form.setFullName("Член Комісії");
        form.setRole(StaffRole.COMMISSION);
        form.setPassword(PASSWORD);
        StaffAccount opened = as(DATABASE.hromadas().adminA, wiring -> wiring.staffDirectory().open(form));
        return new StaffMember(opened.id(), opened.hromadaId(), opened.username(), opened.fullName(), opened.role());
    }

    private List<String> actionsOfHromadaA() {
        return as(DATABASE.hromadas().adminA, wiring -> wiring.auditTrail().latestOfMyHromada()).stream()
                .map(AuditEntry::action).toList();
    }

    @Test
    void anOpenedAccountMustChooseItsOwnPasswordAndTheChangeIsCheckedAndAudited() {
        StaffMember member = newMember("member.password");
        assertEquals(RequiredStep.CHANGE_PASSWORD, account(member.accountId()).requiredStep());
        long versionBefore = account(member.accountId()).sessionVersion();
        String hashBefore = account(member.accountId()).passwordHash();

        Refusals.assertRefused(() -> as(member, wiring -> { wiring.staffSelfService().changePassword("not-the-password",
                "груша-велосипед-липень", "груша-велосипед-липень", ADDRESS); return null; }), "currentPassword",
                "password.currentWrong");
        Refusals.assertRefused(() -> as(member, wiring -> { wiring.staffSelfService().changePassword(PASSWORD,
                "qwertyuiop123", "qwertyuiop123", ADDRESS); return null; }), "newPassword", "password.common");
        Refusals.assertRefused(() -> as(member, wiring -> { wiring.staffSelfService().changePassword(PASSWORD,
                "груша-велосипед-липень", "груша-велосипед-серпень", ADDRESS); return null; }), "repeatedPassword",
                "password.notRepeated");
        Refusals.assertRefused(() -> as(member, wiring -> { wiring.staffSelfService().changePassword(PASSWORD, PASSWORD,
                PASSWORD, ADDRESS); return null; }), "newPassword", "password.sameAsCurrent");
        assertEquals(hashBefore, account(member.accountId()).passwordHash(), "nothing saved");

        as(member, wiring -> { wiring.staffSelfService().changePassword(PASSWORD, "груша-велосипед-липень",
                "груша-велосипед-липень", ADDRESS); return null; });
        StaffAccount changed = account(member.accountId());
        assertTrue(Wiring.passwordHasher().matches("груша-велосипед-липень", changed.passwordHash()));
        assertEquals(RequiredStep.NONE, changed.requiredStep());
        assertTrue(changed.sessionVersion() > versionBefore, "sessions signed in with the old password end");
        assertTrue(actionsOfHromadaA().contains("staff.passwordChanged"));
    }

    @Test
    void anAdministratorResetsDeactivatesReactivatesReRolesAndUnlocksAndEachEndsTheMembersSessions() {
        StaffMember member = newMember("member.managed");
        StaffMember adminA = DATABASE.hromadas().adminA;
        long version = account(member.accountId()).sessionVersion();

        String oneTimePassword = as(adminA, wiring -> wiring.staffDirectory().resetPassword(member.accountId()));
        StaffAccount reset = account(member.accountId());
        assertTrue(Wiring.passwordHasher().matches(oneTimePassword, reset.passwordHash()));
        assertTrue(reset.mustChangePassword());
        assertTrue(reset.sessionVersion() > version);

        as(adminA, wiring -> { wiring.staffDirectory().deactivate(member.accountId()); return null; });
        assertFalse(account(member.accountId()).isActive());
        assertTrue(account(member.accountId()).sessionVersion() > reset.sessionVersion());
        as(adminA, wiring -> { wiring.staffDirectory().reactivate(member.accountId()); return null; });
        assertTrue(account(member.accountId()).isActive(), "a deactivation can be undone");

        long beforeRole = account(member.accountId()).sessionVersion();
        as(adminA, wiring -> { wiring.staffDirectory().changeRole(member.accountId(), StaffRole.OPERATOR); return null; });
        assertEquals(StaffRole.OPERATOR, account(member.accountId()).role());
        assertTrue(account(member.accountId()).sessionVersion() > beforeRole);
        Refusals.assertRefused(() -> as(adminA, wiring -> { wiring.staffDirectory().changeRole(member.accountId(),
                StaffRole.PLATFORM_OPERATOR); return null; }), "role", "staff.role.invalid");
        Refusals.assertRefused(() -> as(adminA, wiring -> { wiring.staffDirectory().changeRole(adminA.accountId(),
                StaffRole.COMMISSION); return null; }), null, "staff.cannotChangeOwnRole");

        for (int i = 0; i < 5; i++) {
            String guess = "wrong-" + i;
            as(null, wiring -> wiring.staffSignIn().checkPassword(member.username(), guess, ADDRESS));
        }
        assertTrue(as(adminA, wiring -> wiring.staffDirectory().lockedFor(member.accountId())).compareTo(Duration.ZERO) > 0);
        as(adminA, wiring -> { wiring.staffDirectory().unlock(member.accountId()); return null; });
        assertEquals(Duration.ZERO, as(adminA, wiring -> wiring.staffDirectory().lockedFor(member.accountId())));

        List<String> audited = actionsOfHromadaA();
        for (String action : List.of("staff.passwordReset", "staff.deactivated", "staff.reactivated", "staff.roleChanged",
                "staff.unlocked", "staff.signInFailed", "staff.lockedOut")) {
            assertTrue(audited.contains(action), action + " in " + audited);
        }
        assertFalse(as(adminA, wiring -> wiring.auditTrail().latestOfMyHromada()).stream()
                .anyMatch(entry -> String.valueOf(entry.after()).contains(oneTimePassword)), "no password in the log");
    }

    @Test
    void anotherHromadasAdministratorAndOtherRolesCannotManageAccounts() {
        StaffMember member = newMember("member.foreign");
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().adminB, wiring ->
                wiring.staffDirectory().resetPassword(member.accountId())));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().adminB, wiring -> {
            wiring.staffDirectory().unlock(member.accountId()); return null; }));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, wiring -> {
            wiring.staffDirectory().changeRole(member.accountId(), StaffRole.ADMINISTRATOR); return null; }));
        assertThrows(AccessDeniedException.class, () -> as(null, wiring -> {
            wiring.staffSelfService().changePassword(PASSWORD, "груша-велосипед-липень", "груша-велосипед-липень", ADDRESS);
            return null; }));
        assertTrue(account(member.accountId()).mustChangePassword(), "nothing changed");
    }

    @Test
    void theSecondFactorIsConfirmedByACodeAndThenEachCodeAndRecoveryCodeWorksOnce() {
        StaffMember member = newMember("member.totp");
        as(member, wiring -> { wiring.staffSelfService().changePassword(PASSWORD, "груша-велосипед-липень",
                "груша-велосипед-липень", ADDRESS); return null; });
        StaffSelfService.SecondFactorSetup setup = as(member, wiring -> wiring.staffSelfService().beginSecondFactor());
        assertTrue(setup.qrCodeSvg().startsWith("<svg"));
        Refusals.assertRefused(() -> as(member, wiring -> wiring.staffSelfService().confirmSecondFactor(setup.secret(),
                "000000")), "code", "secondFactor.codeWrong");
        assertFalse(account(member.accountId()).hasSecondFactor(), "nothing saved");

        String setupCode = Totp.code(setup.secret(), Totp.stepAt(Instant.now()));
        List<String> recoveryCodes = as(member, wiring -> wiring.staffSelfService().confirmSecondFactor(setup.secret(),
                setupCode));
        assertEquals(10, recoveryCodes.size());
        assertTrue(account(member.accountId()).hasSecondFactor());

        Outcome password = as(null, wiring -> wiring.staffSignIn().checkPassword(member.username(), "груша-велосипед-липень",
                ADDRESS));
        assertEquals(Verdict.SECOND_FACTOR_NEEDED, password.verdict());
        assertEquals(Verdict.CODE_USED_BEFORE, as(null, wiring -> wiring.staffSignIn().checkSecondFactor(
                member.accountId(), setupCode, ADDRESS)).verdict(), "the code that confirmed the setup is used up");
        assertEquals(Verdict.WRONG, as(null, wiring -> wiring.staffSignIn().checkSecondFactor(member.accountId(),
                "123 456", ADDRESS)).verdict());
        Outcome recovered = as(null, wiring -> wiring.staffSignIn().checkSecondFactor(member.accountId(),
                recoveryCodes.get(3).toUpperCase(), ADDRESS));
        assertEquals(Verdict.SIGNED_IN, recovered.verdict(), "a recovery code, typed in capitals");
        assertEquals(Verdict.WRONG, as(null, wiring -> wiring.staffSignIn().checkSecondFactor(member.accountId(),
                recoveryCodes.get(3), ADDRESS)).verdict(), "a recovery code works once");
        assertEquals(9L, (long) as(member, wiring -> wiring.staffSelfService().unusedRecoveryCodes()));

        String nextCode = Totp.code(setup.secret(), Totp.stepAt(Instant.now()) + 1);
        assertEquals(Verdict.SIGNED_IN, as(null, wiring -> wiring.staffSignIn().checkSecondFactor(member.accountId(),
                nextCode, ADDRESS)).verdict());
        assertEquals(Verdict.CODE_USED_BEFORE, as(null, wiring -> wiring.staffSignIn().checkSecondFactor(member.accountId(),
                nextCode, ADDRESS)).verdict(), "a code replayed within its window");
        assertTrue(actionsOfHromadaA().containsAll(List.of("staff.secondFactorEnabled", "staff.signedIn",
                "staff.signInFailed")));
    }

    @Test
    void signInSaysTheSameForAnUnknownUserAndAWrongPasswordAndNothingForALookAlike() {
        assertEquals(Verdict.WRONG, as(null, wiring -> wiring.staffSignIn().checkPassword("nobody.at.all", PASSWORD,
                "192.0.2.20")).verdict());
        assertEquals(Verdict.WRONG, as(null, wiring -> wiring.staffSignIn().checkPassword("admin.b", "wrong-password",
                "192.0.2.20")).verdict());
        assertEquals(Verdict.WRONG, as(null, wiring -> wiring.staffSignIn().checkPassword("admín.b", PASSWORD,
                "192.0.2.20")).verdict(), "a look-alike name reaches no account");
        Outcome signedIn = as(null, wiring -> wiring.staffSignIn().checkPassword(" ADMIN.B ", PASSWORD, "192.0.2.20"));
        assertEquals(Verdict.SIGNED_IN, signedIn.verdict());
        assertEquals("admin.b", signedIn.username());
        assertNotEquals(null, signedIn.role());
    }
}
