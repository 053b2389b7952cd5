package vn.coop.sangtao.membership.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs unit imports in the background, one at a time per instance with a few waiting, as the caller
 * who submitted them (tenant, account and language), so that the units' events and audit entries are
 * those of a synchronous import. The job in the store says how far it got and, at the end, holds the
 * report.
 */
@Component
public class UnitImportWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UnitImportWorker.class);
    /** A running job renews its sign of life at least this often while rows are being applied. */
    static final Duration SILENCE = Duration.ofMinutes(5);
    private static final int WAITING = 8;

    private final UnitImportService imports;
    private final ImportJobRepository jobs;
    private final Clock clock;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), runnable -> {
                Thread thread = new Thread(runnable, "unit-import");
                thread.setDaemon(true);
                return thread;
            });

    UnitImportWorker(UnitImportService imports, ImportJobRepository jobs, Clock clock) {
        this.imports = imports;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Checks the header now (422 at once), then queues the rows; a full queue answers 429. */
    public ImportJob submit(Table table, String fileName) {
        imports.checkHeader(table);
        ImportJob job = ImportJob.submitted(UUID.randomUUID().toString(), TenantContext.require(), fileName,
                table.rows().size(), Actor.current(), clock.instant());
        Locale locale = LocaleContextHolder.getLocale();
        Runnable work = new DelegatingSecurityContextRunnable(
                () -> TenantContext.runAs(job.tenantId(), () -> run(job, table, locale)));
        jobs.insert(job);
        try {
            executor.execute(work);
        } catch (RejectedExecutionException busy) {
            jobs.fail(job.id(), "imports-busy", clock.instant());
            throw new ApiProblem(429, "imports-busy", List.of(), WAITING);
        }
        return job;
    }

    /** The current tenant's job as it stands. */
    public ImportJob get(String id) {
        return jobs.find(id).map(job -> job.asOf(clock.instant(), SILENCE))
                .orElseThrow(() -> ApiProblem.notFound("import", id));
    }

    private void run(ImportJob job, Table table, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            ImportReport report = imports.importUnits(table, false,
                    applied -> jobs.progress(job.id(), applied, clock.instant()));
            jobs.finish(job.id(), report, clock.instant());
        } catch (RuntimeException e) {
            log.error("unit import failed job={} tenant={}", job.id(), job.tenantId(), e);
            jobs.fail(job.id(), "import-failed", clock.instant());
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
