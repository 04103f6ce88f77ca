package com.csptransition.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The diagrams of the partnership, enrollment and indirect reseller invitation processes show who acts — a lane per
 * party of one participant — with every label readable where bpmn-js (Modeler, Cockpit, Tasklist) draws it
 * ({@link DiagramLayout}).
 */
class ProcessDiagramsTest {

    @ParameterizedTest
    @ValueSource(strings = {"partnership-invitation.bpmn", "indirect-reseller-enrollment.bpmn",
            "indirect-reseller-invitation.bpmn", "subscription-transfer.bpmn"})
    void aLanePerPartyAndEveryLabelReadable(String file) throws IOException {
        assertThat(DiagramLayout.problems(Path.of("processes", file))).isEmpty();
    }

    @Test
    void theCheckSeesWhatTheIssueSaw() {
        // the 2.0.0 partnership diagram: "accepte/d", and the "declined" flow crossing "Accepted?"
        String before = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d">
                  <bpmn:process id="p">
                    <bpmn:userTask id="answer" name="Accept partnership invitation" />
                    <bpmn:exclusiveGateway id="gateway" name="Accepted?" />
                    <bpmn:endEvent id="partnered" name="Partnered" />
                    <bpmn:endEvent id="declinedEnd" name="Declined" />
                    <bpmn:sequenceFlow id="accepted" name="accepted" sourceRef="gateway" targetRef="partnered" />
                    <bpmn:sequenceFlow id="declined" name="declined" sourceRef="gateway" targetRef="declinedEnd" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="p">
                    <bpmndi:BPMNShape id="a" bpmnElement="answer"><dc:Bounds x="240" y="178" width="100" height="80" /></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="g" bpmnElement="gateway"><dc:Bounds x="395" y="193" width="50" height="50" />
                      <bpmndi:BPMNLabel><dc:Bounds x="393" y="170" width="54" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="p1" bpmnElement="partnered"><dc:Bounds x="512" y="200" width="36" height="36" />
                      <bpmndi:BPMNLabel><dc:Bounds x="504" y="243" width="52" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="d1" bpmnElement="declinedEnd"><dc:Bounds x="512" y="82" width="36" height="36" />
                      <bpmndi:BPMNLabel><dc:Bounds x="508" y="125" width="44" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
                    <bpmndi:BPMNEdge id="e1" bpmnElement="accepted"><di:waypoint x="445" y="218" /><di:waypoint x="512" y="218" />
                      <bpmndi:BPMNLabel><dc:Bounds x="446" y="200" width="44" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
                    <bpmndi:BPMNEdge id="e2" bpmnElement="declined"><di:waypoint x="420" y="193" /><di:waypoint x="420" y="100" />
                      <di:waypoint x="512" y="100" />
                      <bpmndi:BPMNLabel><dc:Bounds x="428" y="110" width="41" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
                  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>""";

        assertThat(DiagramLayout.problems("before.bpmn", new ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8))))
                .anySatisfy(p -> assertThat(p).contains("expected a collaboration"))
                .anySatisfy(p -> assertThat(p).contains("expected one laneSet"))
                .anySatisfy(p -> assertThat(p).contains("narrower than 'accepted'"))
                .anySatisfy(p -> assertThat(p).contains("declined crosses the label 'Accepted?'"))
                .anySatisfy(p -> assertThat(p).contains("answer's name takes 3 lines"));
    }

    @Test
    void theProcessesKeepTheirHistoryTimeToLiveAndAreVersion3() throws IOException {
        for (String file : new String[] {"partnership-invitation.bpmn", "indirect-reseller-enrollment.bpmn",
                "indirect-reseller-invitation.bpmn", "subscription-transfer.bpmn"}) {
            String bpmn = Files.readString(Path.of("processes", file));
            assertThat(bpmn).as(file).contains("camunda:versionTag=\"3.0.0\"").contains("camunda:historyTimeToLive=\"P");
        }
    }
}
