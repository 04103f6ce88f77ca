package com.csptransition.partner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks a BPMN file's diagram as bpmn-js (Camunda Modeler, Cockpit, Tasklist) draws it: who acts is a lane of a
 * participant, every flow node lies in its lane, no label is cut off, hidden under a task's icon or another shape,
 * or crossed by a flow, and no flow runs through a shape or another flow.
 *
 * <p>Text is measured with Arial's widths (bpmn-js: Arial 12px in shapes and lanes, 11px in external labels, line
 * height 1.2) and {@link #SLACK} wider, for browsers that fall back to a wider sans-serif. bpmn-js 16 wraps an
 * external label at 90px and draws it from its bounds' top left; older renderers wrap it at its bounds' width, so
 * the bounds must be as wide as its widest line. A task's name is wrapped inside the task (7px padding) and must take
 * at most two lines, so that it stays clear of the task type icon in the top left corner.
 *
 * <p>{@code java DiagramLayout.java processes/*.bpmn} prints the problems of each file.
 */
public final class DiagramLayout {

    static final double SLACK = 1.17;
    static final double LABEL_WRAP = 90;
    static final double EXTERNAL_SIZE = 11;
    static final double SHAPE_SIZE = 12;
    static final double LINE_HEIGHT = 1.2;
    static final double TASK_PADDING = 7;

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    private static final List<String> FLOW_NODES = List.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "task", "userTask", "serviceTask", "receiveTask", "sendTask",
            "scriptTask", "businessRuleTask", "manualTask", "callActivity", "subProcess", "exclusiveGateway",
            "parallelGateway", "inclusiveGateway", "eventBasedGateway");

    record Box(double x, double y, double w, double h) {
        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }

        boolean overlaps(Box o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }

        boolean contains(Box o) {
            return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
        }

        Box shrink(double d) {
            return new Box(x + d, y + d, w - 2 * d, h - 2 * d);
        }

        @Override
        public String toString() {
            return "(%.0f,%.0f %.0fx%.0f)".formatted(x, y, w, h);
        }
    }

    record Point(double x, double y) {
    }

    record Node(String id, String type, String name, String attachedTo, Box shape, Box labelBounds) {
    }

    record Flow(String id, String name, String source, String target, List<Point> waypoints, Box labelBounds) {
    }

    record Lane(String id, String name, List<String> nodes, Box shape) {
    }

    /** A label as drawn: its text's box. */
    record Label(String owner, String text, Box drawn) {
    }

    private final String file;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private final List<Lane> lanes = new ArrayList<>();
    private Box participant;
    private String participantName;

    private DiagramLayout(String file) {
        this.file = file;
    }

    public static List<String> problems(Path bpmn) throws IOException {
        try (InputStream in = Files.newInputStream(bpmn)) {
            return problems(bpmn.getFileName().toString(), in);
        }
    }

    public static List<String> problems(String name, InputStream bpmn) {
        DiagramLayout layout = new DiagramLayout(name);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            layout.check(factory.newDocumentBuilder().parse(bpmn));
        } catch (Exception e) {
            layout.problem("does not parse: " + e);
        }
        return layout.problems;
    }

    private void problem(String message) {
        problems.add(file + ": " + message);
    }

    private void check(Document doc) {
        Map<String, Element> shapes = new HashMap<>();
        Map<String, Element> edges = new HashMap<>();
        for (Element e : elements(doc.getDocumentElement(), BPMNDI, "BPMNShape")) {
            shapes.put(e.getAttribute("bpmnElement"), e);
        }
        for (Element e : elements(doc.getDocumentElement(), BPMNDI, "BPMNEdge")) {
            edges.put(e.getAttribute("bpmnElement"), e);
        }
        readCollaboration(doc, shapes);
        List<Element> processes = elements(doc.getDocumentElement(), BPMN, "process");
        if (processes.size() != 1) {
            problem("expected one process, found " + processes.size());
            return;
        }
        Element process = processes.get(0);
        for (Element child : children(process)) {
            String type = child.getLocalName();
            String id = child.getAttribute("id");
            if (FLOW_NODES.contains(type)) {
                Element shape = shapes.get(id);
                if (shape == null) {
                    problem(id + " has no shape in the diagram");
                    continue;
                }
                nodes.put(id, new Node(id, type, child.getAttribute("name"), child.getAttribute("attachedToRef"),
                        bounds(shape), labelBounds(shape)));
            } else if (type.equals("sequenceFlow")) {
                Element edge = edges.get(id);
                if (edge == null) {
                    problem(id + " has no edge in the diagram");
                    continue;
                }
                List<Point> points = new ArrayList<>();
                for (Element w : elements(edge, DI, "waypoint")) {
                    points.add(new Point(Double.parseDouble(w.getAttribute("x")), Double.parseDouble(w.getAttribute("y"))));
                }
                flows.put(id, new Flow(id, child.getAttribute("name"), child.getAttribute("sourceRef"),
                        child.getAttribute("targetRef"), points, labelBounds(edge)));
            }
        }
        readLanes(process, shapes);
        checkLanes();
        checkShapes();
        List<Label> labels = labels();
        checkLabels(labels);
        checkFlows(labels);
    }

    private void readCollaboration(Document doc, Map<String, Element> shapes) {
        List<Element> collaborations = elements(doc.getDocumentElement(), BPMN, "collaboration");
        List<Element> planes = elements(doc.getDocumentElement(), BPMNDI, "BPMNPlane");
        if (collaborations.size() != 1) {
            problem("expected a collaboration with the process as its participant");
            return;
        }
        Element collaboration = collaborations.get(0);
        if (planes.size() != 1 || !planes.get(0).getAttribute("bpmnElement").equals(collaboration.getAttribute("id"))) {
            problem("the diagram's plane must show the collaboration " + collaboration.getAttribute("id"));
        }
        List<Element> participants = elements(collaboration, BPMN, "participant");
        if (participants.size() != 1) {
            problem("expected one participant, found " + participants.size());
            return;
        }
        Element p = participants.get(0);
        participantName = p.getAttribute("name");
        Element shape = shapes.get(p.getAttribute("id"));
        if (shape == null || !"true".equals(shape.getAttribute("isHorizontal"))) {
            problem("participant " + p.getAttribute("id") + " needs a horizontal shape");
            return;
        }
        participant = bounds(shape);
        if (participantName.isBlank()) {
            problem("the participant has no name");
        } else if (width(participantName, SHAPE_SIZE) * SLACK > participant.h() - 10) {
            problem("participant name '" + participantName + "' does not fit its height " + participant.h());
        }
    }

    private void readLanes(Element process, Map<String, Element> shapes) {
        List<Element> laneSets = elements(process, BPMN, "laneSet");
        if (laneSets.size() != 1) {
            problem("expected one laneSet (a lane per party), found " + laneSets.size());
            return;
        }
        for (Element lane : elements(laneSets.get(0), BPMN, "lane")) {
            List<String> refs = new ArrayList<>();
            for (Element ref : elements(lane, BPMN, "flowNodeRef")) {
                refs.add(ref.getTextContent().strip());
            }
            Element shape = shapes.get(lane.getAttribute("id"));
            if (shape == null || !"true".equals(shape.getAttribute("isHorizontal"))) {
                problem("lane " + lane.getAttribute("id") + " needs a horizontal shape");
                continue;
            }
            lanes.add(new Lane(lane.getAttribute("id"), lane.getAttribute("name"), refs, bounds(shape)));
        }
        if (lanes.size() < 2) {
            problem("expected a lane per party, found " + lanes.size());
        }
    }

    private void checkLanes() {
        Map<String, Integer> membership = new HashMap<>();
        lanes.forEach(lane -> lane.nodes().forEach(id -> membership.merge(id, 1, Integer::sum)));
        for (String id : nodes.keySet()) {
            if (membership.getOrDefault(id, 0) != 1) {
                problem(id + " is in " + membership.getOrDefault(id, 0) + " lanes, not one");
            }
        }
        membership.keySet().stream().filter(id -> !nodes.containsKey(id))
                .forEach(id -> problem("a lane names " + id + ", which is no flow node"));
        if (participant == null) {
            return;
        }
        double y = participant.y();
        for (Lane lane : lanes.stream().sorted((a, b) -> Double.compare(a.shape().y(), b.shape().y())).toList()) {
            Box s = lane.shape();
            if (s.x() != participant.x() + 30 || s.right() != participant.right() || s.y() != y) {
                problem("lane " + lane.id() + " " + s + " must fill the participant " + participant
                        + " right of its label, below the lane before it");
            }
            y = s.bottom();
            if (lane.name().isBlank()) {
                problem("lane " + lane.id() + " has no name");
            } else if (width(lane.name(), SHAPE_SIZE) * SLACK > s.h() - 10) {
                problem("lane name '" + lane.name() + "' does not fit its height " + s.h());
            }
            Box inside = new Box(s.x() + 30, s.y(), s.w() - 30, s.h());
            for (String id : lane.nodes()) {
                Node node = nodes.get(id);
                if (node != null && !inside.contains(node.shape())) {
                    problem(id + " " + node.shape() + " lies outside its lane " + lane.id() + " " + inside);
                }
            }
        }
        if (y != participant.bottom()) {
            problem("the lanes end at " + y + ", the participant at " + participant.bottom());
        }
    }

    private void checkShapes() {
        List<Node> all = new ArrayList<>(nodes.values());
        for (int i = 0; i < all.size(); i++) {
            Node a = all.get(i);
            if (isActivity(a.type()) && !a.name().isBlank()) {
                double wrap = a.shape().w() - 2 * TASK_PADDING;
                List<String> lines = wrap(a.name(), SHAPE_SIZE * SLACK, wrap);
                if (lines.size() > 2) {
                    problem(a.id() + "'s name takes " + lines.size() + " lines " + lines + " in its " + a.shape().w()
                            + "px: the first runs under the task's icon; widen the task");
                }
            }
            for (int j = i + 1; j < all.size(); j++) {
                Node b = all.get(j);
                boolean attached = a.id().equals(b.attachedTo()) || b.id().equals(a.attachedTo());
                if (!attached && a.shape().overlaps(b.shape())) {
                    problem(a.id() + " and " + b.id() + " overlap");
                }
            }
            if (!a.attachedTo().isEmpty()) {
                Node host = nodes.get(a.attachedTo());
                if (host != null) {
                    double cx = a.shape().x() + a.shape().w() / 2;
                    double cy = a.shape().y() + a.shape().h() / 2;
                    boolean onBorder = (Math.abs(cy - host.shape().y()) < 1 || Math.abs(cy - host.shape().bottom()) < 1)
                            && cx > host.shape().x() && cx < host.shape().right()
                            || (Math.abs(cx - host.shape().x()) < 1 || Math.abs(cx - host.shape().right()) < 1)
                            && cy > host.shape().y() && cy < host.shape().bottom();
                    if (!onBorder) {
                        problem(a.id() + " is not centred on the border of " + host.id());
                    }
                }
            }
        }
    }

    /** External labels as bpmn-js 16 draws them: from the bounds' top left, wrapped at 90px. */
    private List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        for (Node node : nodes.values()) {
            if (!isActivity(node.type()) && !node.name().isBlank()) {
                labels.add(label(node.id(), node.name(), node.labelBounds()));
            }
        }
        for (Flow flow : flows.values()) {
            if (!flow.name().isBlank()) {
                labels.add(label(flow.id(), flow.name(), flow.labelBounds()));
            }
        }
        labels.removeIf(label -> label == null);
        return labels;
    }

    private Label label(String owner, String text, Box bounds) {
        if (bounds == null) {
            problem(owner + "'s label '" + text + "' has no bounds: bpmn-js places it by guess");
            return null;
        }
        for (String word : text.split("\\s+")) {
            double w = width(word, EXTERNAL_SIZE);
            if (w > bounds.w() + 0.5) {
                problem(owner + "'s label bounds " + bounds + " are narrower than '" + word + "' (" + Math.round(w)
                        + "px): a renderer that wraps at the bounds cuts the word");
            }
        }
        List<String> lines = wrap(text, EXTERNAL_SIZE * SLACK, LABEL_WRAP);
        double drawnWidth = lines.stream().mapToDouble(l -> width(l, EXTERNAL_SIZE * SLACK)).max().orElse(0);
        double widest = wrap(text, EXTERNAL_SIZE, LABEL_WRAP).stream().mapToDouble(l -> width(l, EXTERNAL_SIZE)).max()
                .orElse(0);
        if (bounds.w() + 0.5 < widest || bounds.w() > widest + 12) {
            problem(owner + "'s label bounds " + bounds + " should be as wide as its text (" + Math.round(widest)
                    + "px), so that it is drawn where the bounds say");
        }
        return new Label(owner, text, new Box(bounds.x(), bounds.y(), drawnWidth,
                lines.size() * EXTERNAL_SIZE * SLACK * LINE_HEIGHT));
    }

    private void checkLabels(List<Label> labels) {
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            for (Node node : nodes.values()) {
                if (label.drawn().overlaps(node.shape())) {
                    problem(label.owner() + "'s label '" + label.text() + "' " + label.drawn() + " lies on " + node.id());
                }
            }
            for (int j = i + 1; j < labels.size(); j++) {
                if (label.drawn().overlaps(labels.get(j).drawn())) {
                    problem("labels of " + label.owner() + " and " + labels.get(j).owner() + " overlap");
                }
            }
            for (Lane lane : lanes) {
                double border = lane.shape().y();
                if (border > participant.y() && label.drawn().y() < border && label.drawn().bottom() > border) {
                    problem(label.owner() + "'s label '" + label.text() + "' " + label.drawn()
                            + " lies across the border of lane " + lane.id());
                }
            }
            if (participant != null && !new Box(participant.x() + 30, participant.y(), participant.w() - 30,
                    participant.h()).contains(label.drawn())) {
                problem(label.owner() + "'s label " + label.drawn() + " lies outside the participant");
            }
        }
    }

    private void checkFlows(List<Label> labels) {
        List<Flow> all = new ArrayList<>(flows.values());
        for (Flow flow : all) {
            List<Point> points = flow.waypoints();
            if (points.size() < 2) {
                problem(flow.id() + " has fewer than two waypoints");
                continue;
            }
            Node source = nodes.get(flow.source());
            Node target = nodes.get(flow.target());
            if (source != null && !onBorder(points.get(0), source)) {
                problem(flow.id() + " does not start on the border of " + source.id());
            }
            if (target != null && !onBorder(points.get(points.size() - 1), target)) {
                problem(flow.id() + " does not end on the border of " + target.id());
            }
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                if (a.x() != b.x() && a.y() != b.y()) {
                    problem(flow.id() + " has a slanted segment " + a + " → " + b);
                }
                for (Node node : nodes.values()) {
                    if (node.id().equals(flow.source()) || node.id().equals(flow.target())) {
                        continue;
                    }
                    if (crosses(a, b, node.shape().shrink(1))) {
                        problem(flow.id() + " runs through " + node.id());
                    }
                }
                for (Label label : labels) {
                    if (crosses(a, b, label.drawn())) {
                        problem(flow.id() + " crosses the label '" + label.text() + "' of " + label.owner());
                    }
                }
            }
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Flow f = all.get(i);
                Flow g = all.get(j);
                if (crossing(f, g)) {
                    problem(f.id() + " and " + g.id() + " cross");
                }
            }
        }
    }

    private static boolean onBorder(Point p, Node node) {
        Box s = node.shape();
        if (node.type().endsWith("Event")) { // a circle
            double cx = s.x() + s.w() / 2;
            double cy = s.y() + s.h() / 2;
            return Math.abs(Math.hypot(p.x() - cx, p.y() - cy) - s.w() / 2) < 2;
        }
        if (node.type().endsWith("Gateway")) { // a diamond
            double cx = s.x() + s.w() / 2;
            double cy = s.y() + s.h() / 2;
            return Math.abs(Math.abs(p.x() - cx) / (s.w() / 2) + Math.abs(p.y() - cy) / (s.h() / 2) - 1) < 0.05;
        }
        boolean onVertical = (Math.abs(p.x() - s.x()) < 1 || Math.abs(p.x() - s.right()) < 1)
                && p.y() >= s.y() && p.y() <= s.bottom();
        boolean onHorizontal = (Math.abs(p.y() - s.y()) < 1 || Math.abs(p.y() - s.bottom()) < 1)
                && p.x() >= s.x() && p.x() <= s.right();
        return onVertical || onHorizontal;
    }

    /** Whether an axis-parallel segment passes through the box. */
    private static boolean crosses(Point a, Point b, Box box) {
        double x1 = Math.min(a.x(), b.x());
        double x2 = Math.max(a.x(), b.x());
        double y1 = Math.min(a.y(), b.y());
        double y2 = Math.max(a.y(), b.y());
        return x1 <= box.right() && x2 >= box.x() && y1 <= box.bottom() && y2 >= box.y();
    }

    /** Two flows cross where a segment of one passes through a segment of the other, endpoints they share apart. */
    private static boolean crossing(Flow f, Flow g) {
        for (int i = 1; i < f.waypoints().size(); i++) {
            for (int j = 1; j < g.waypoints().size(); j++) {
                Point a = f.waypoints().get(i - 1);
                Point b = f.waypoints().get(i);
                Point c = g.waypoints().get(j - 1);
                Point d = g.waypoints().get(j);
                if (intersect(a, b, c, d) && !shared(a, b, c, d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shared(Point a, Point b, Point c, Point d) {
        return a.equals(c) || a.equals(d) || b.equals(c) || b.equals(d);
    }

    private static boolean intersect(Point a, Point b, Point c, Point d) {
        double d1 = cross(c, d, a);
        double d2 = cross(c, d, b);
        double d3 = cross(a, b, c);
        double d4 = cross(a, b, d);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return d1 == 0 && within(c, d, a) || d2 == 0 && within(c, d, b) || d3 == 0 && within(a, b, c)
                || d4 == 0 && within(a, b, d);
    }

    private static double cross(Point o, Point a, Point b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }

    private static boolean within(Point a, Point b, Point p) {
        return Math.min(a.x(), b.x()) <= p.x() && p.x() <= Math.max(a.x(), b.x())
                && Math.min(a.y(), b.y()) <= p.y() && p.y() <= Math.max(a.y(), b.y());
    }

    private static boolean isActivity(String type) {
        return type.endsWith("Task") || type.equals("task") || type.equals("callActivity") || type.equals("subProcess");
    }

    /** Lines as diagram-js's Text wraps them: at spaces and hyphens, a word longer than the line cut. */
    static List<String> wrap(String text, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) < maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Arial's advance widths (Helvetica's metrics), in 1/1000 em. */
    static double width(String text, double size) {
        double units = 0;
        for (char c : text.toCharArray()) {
            units += advance(c);
        }
        return units * size / 1000;
    }

    private static int advance(char c) {
        if (c >= 'a' && c <= 'z') {
            return new int[] {556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556,
                    333, 500, 278, 556, 500, 722, 500, 500, 500}[c - 'a'];
        }
        if (c >= 'A' && c <= 'Z') {
            return new int[] {667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778,
                    722, 667, 611, 722, 667, 944, 667, 667, 611}[c - 'A'];
        }
        if (c >= '0' && c <= '9') {
            return 556;
        }
        return switch (c) {
            case ' ', '!', ',', '.', '/', ':', ';', '[', ']', '\\' -> 278;
            case '\'' -> 191;
            case '(', ')', '-', '`' -> 333;
            case '?', '#', '$', '_' -> 556;
            case '&' -> 667;
            case '%' -> 889;
            default -> 584;
        };
    }

    private static Box bounds(Element shape) {
        Element b = elements(shape, DC, "Bounds").get(0);
        return new Box(d(b, "x"), d(b, "y"), d(b, "width"), d(b, "height"));
    }

    private static Box labelBounds(Element diagramElement) {
        List<Element> labels = elements(diagramElement, BPMNDI, "BPMNLabel");
        if (labels.isEmpty() || elements(labels.get(0), DC, "Bounds").isEmpty()) {
            return null;
        }
        Element b = elements(labels.get(0), DC, "Bounds").get(0);
        return new Box(d(b, "x"), d(b, "y"), d(b, "width"), d(b, "height"));
    }

    private static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static List<Element> elements(Element parent, String namespace, String name) {
        NodeList list = parent.getElementsByTagNameNS(namespace, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && BPMN.equals(e.getNamespaceURI())) {
                result.add(e);
            }
        }
        return result;
    }

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            List<String> found = problems(Path.of(arg));
            System.out.println(arg + ": " + (found.isEmpty() ? "ok" : found.size() + " problems"));
            found.forEach(p -> System.out.println("  " + p));
        }
    }
}
