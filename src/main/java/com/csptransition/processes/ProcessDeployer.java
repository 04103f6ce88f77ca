package com.csptransition.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.ResourceReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;

/**
 * Deploys every BPMN and form file of the processes folder, each as its own deployment named after the file:
 * an unchanged file is not deployed again, a changed one becomes a new version, and one that does not parse is
 * refused with its errors while the version deployed before keeps running.
 */
@Component
public class ProcessDeployer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final RepositoryService repositoryService;
    private final ProcessesProperties properties;

    public ProcessDeployer(RepositoryService repositoryService, ProcessesProperties properties) {
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    /** What one deployment run did, file by file. */
    public record Outcome(List<String> deployed, List<String> unchanged, List<String> refused) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        Outcome outcome = deploy();
        if (!outcome.refused().isEmpty()) {
            log.error("Process files refused, the versions deployed before keep running:\n{}",
                    String.join("\n", outcome.refused()));
        }
    }

    public synchronized Outcome deploy() {
        Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Path file : files()) {
            String name = file.getFileName().toString();
            try (InputStream in = Files.newInputStream(file)) {
                long before = deploymentsNamed(name);
                // duplicate filtering: an unchanged file hands back the deployment made before
                Deployment deployment = repositoryService.createDeployment().name(name).source("processes/")
                        .enableDuplicateFiltering(false).addInputStream(name, in).deploy();
                if (deploymentsNamed(name) > before) {
                    outcome.deployed().add(name);
                    log.info("Deployed {} as deployment {}", name, deployment.getId());
                } else {
                    outcome.unchanged().add(name);
                }
            } catch (ParseException e) {
                outcome.refused().addAll(describe(name, e));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                outcome.refused().add(name + ":" + line(e) + ": " + e.getMessage());
            }
        }
        return outcome;
    }

    /** The line an XML error is on, when the parser said; 0 otherwise. */
    private static int line(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return sax.getLineNumber();
            }
        }
        return 0;
    }

    private long deploymentsNamed(String name) {
        return repositoryService.createDeploymentQuery().deploymentName(name).count();
    }

    private static List<String> describe(String file, ParseException e) {
        List<String> errors = new ArrayList<>();
        for (ResourceReport report : e.getResorceReports()) { // sic, Camunda spells it so
            report.getErrors().forEach(p -> errors.add(file + ":" + p.getLine() + ": " + p.getMessage()));
        }
        return errors.isEmpty() ? List.of(file + ": " + e.getMessage()) : errors;
    }

    private List<Path> files() {
        if (!Files.isDirectory(properties.directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(properties.directory())) {
            return files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".form")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
