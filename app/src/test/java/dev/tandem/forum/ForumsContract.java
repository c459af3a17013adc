package dev.tandem.forum;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.StatementCounter;
import dev.tandem.common.ConflictException;
import dev.tandem.common.SystemActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Storage of forums, run on each database Tandem supports. */
abstract class ForumsContract {

    @Autowired
    Forums forums;
    @Autowired
    ForumManagement management;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;

    private static String newCode() {
        return "f-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void storesAndLoadsAWholeForum() {
        String code = newCode();
        SystemActor.run(() -> {
            management.establish(new NewForum(code, "Test forum", "시험 협의체", ForumKind.ENVOY_CHANNEL,
                    List.of("ROK", "US"), LocalDate.of(2020, 1, 2), "opened"));
            management.appointCoChair(code, new CoChair("US", "Sung Kim", "Special Envoy", LocalDate.of(2020, 1, 2), null));
            management.recordEvent(code, ForumStatus.ACTIVE, LocalDate.of(2020, 2, 3), "first meeting");
        });
        Forum loaded = forums.byCode(code).orElseThrow();
        assertThat(loaded.nameKo()).isEqualTo("시험 협의체");
        assertThat(loaded.parties()).containsExactlyInAnyOrder("ROK", "US");
        assertThat(loaded.timeline()).containsExactly(
                new TimelineEvent(ForumStatus.ESTABLISHED, LocalDate.of(2020, 1, 2), "opened"),
                new TimelineEvent(ForumStatus.ACTIVE, LocalDate.of(2020, 2, 3), "first meeting"));
        assertThat(loaded.coChairs()).containsExactly(
                new CoChair("US", "Sung Kim", "Special Envoy", LocalDate.of(2020, 1, 2), null));
        assertThat(loaded.status()).isEqualTo(ForumStatus.ACTIVE);
    }

    @Test
    void refusesALostUpdateWhenTwoPeopleEditAtOnce() {
        String code = newCode();
        SystemActor.run(() -> management.establish(new NewForum(code, "Race", "경합", ForumKind.WORKING_GROUP,
                List.of("ROK", "US"), LocalDate.of(2020, 1, 2), null)));
        Forum first = forums.byCode(code).orElseThrow();
        Forum second = forums.byCode(code).orElseThrow();
        first.record(new TimelineEvent(ForumStatus.ACTIVE, LocalDate.of(2020, 3, 1), "first editor"));
        second.record(new TimelineEvent(ForumStatus.SUSPENDED, LocalDate.of(2020, 3, 1), "second editor"));
        transaction.executeWithoutResult(s -> forums.save(first));
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> forums.save(second)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(forums.byCode(code).orElseThrow().timeline()).last()
                .extracting(TimelineEvent::note).isEqualTo("first editor");
    }

    @Test
    void keepsTheDemoStory() {
        Forum group = forums.byCode("rok-us-working-group").orElseThrow();
        assertThat(group.status()).isEqualTo(ForumStatus.TERMINATED);
        assertThat(group.successorCode()).isEqualTo("rok-us-dg-consultation");
        assertThat(group.establishedOn()).isEqualTo(LocalDate.of(2018, 11, 20));
        assertThat(group.coChairs()).extracting(CoChair::person)
                .containsExactly("Lee Do-hoon", "Stephen Biegun", "Noh Kyu-duk", "Sung Kim");
        // Noh Kyu-duk replaced Lee Do-hoon on 2020-12-21 (BRIEF): one ROK co-chair on each day
        assertThat(group.coChairs()).filteredOn(c -> c.person().equals("Lee Do-hoon")).singleElement()
                .extracting(CoChair::to).isEqualTo(LocalDate.of(2020, 12, 20));
        for (LocalDate day : List.of(LocalDate.of(2020, 12, 20), LocalDate.of(2020, 12, 21), LocalDate.of(2021, 6, 23))) {
            assertThat(group.coChairs()).filteredOn(c -> c.party().equals("ROK") && c.inOffice(day)).hasSize(1);
        }
        Forum office = forums.byCode("inter-korean-liaison-office").orElseThrow();
        assertThat(office.timeline()).extracting(TimelineEvent::on).startsWith(LocalDate.of(2018, 9, 14))
                .contains(LocalDate.of(2020, 6, 9), LocalDate.of(2020, 6, 16), LocalDate.of(2021, 7, 27));
        assertThat(office.parties()).isEqualTo(Set.of("ROK", "DPRK"));
    }

    @Test
    void loadsForumsWithTheirChildrenInAFixedNumberOfQueries() {
        StatementCounter counter = new StatementCounter(dataSource);
        Forums counted = new Forums(JdbcClient.create(counter.dataSource()));
        counted.all();
        int withTheDemo = counter.count();
        SystemActor.run(() -> {
            for (int i = 0; i < 3; i++) {
                String code = newCode();
                management.establish(new NewForum(code, "Forum " + i, "협의체 " + i, ForumKind.ENVOY_CHANNEL,
                        List.of("ROK", "US"), LocalDate.of(2020, 1, 2), null));
                management.appointCoChair(code, new CoChair("US", "Envoy " + i, null, LocalDate.of(2020, 1, 2), null));
                management.recordEvent(code, ForumStatus.ACTIVE, LocalDate.of(2020, 2, 3), null);
            }
        });
        counter.reset();
        List<Forum> all = counted.all();
        assertThat(counter.count()).as("statements for %d forums", all.size()).isEqualTo(withTheDemo).isLessThanOrEqualTo(5);
        assertThat(all).filteredOn(f -> f.nameEn().startsWith("Forum "))
                .allSatisfy(f -> {
                    assertThat(f.timeline()).hasSize(2);
                    assertThat(f.coChairs()).hasSize(1);
                    assertThat(f.parties()).containsExactly("ROK", "US");
                });
        assertThat(all).filteredOn(f -> f.code().equals("rok-us-working-group")).singleElement()
                .satisfies(f -> assertThat(f.charters()).isNotEmpty());
        counter.reset();
        counted.byCode("rok-us-working-group").orElseThrow();
        assertThat(counter.count()).as("statements for one forum").isLessThanOrEqualTo(5);
    }
}
