import {
  Box,
  Group,
  List,
  Paper,
  Stack,
  Text,
  getThemeColor,
  useMantineTheme,
} from '@mantine/core';
import dayjs from 'dayjs';
import { useId, useMemo, useState, type ReactNode } from 'react';
import {
  CartesianGrid,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
  type TooltipContentProps,
} from 'recharts';
import { formatLocal, formatUtc, DAY_MS } from '@/lib/dates';
import { formatDuration, formatObjective } from '@/lib/duration';
import { DEFAULT_GAP_TOLERANCE, clipGaps, findGaps, type Gap } from '@/lib/gaps';
import { thinPoints } from '@/lib/thin-points';
import { pointTypeColors } from './badges';
import { useTimeZoneMode } from './time-zone';

export interface TimelinePoint {
  id: string;
  time: Date;
  /** Colours the dot (Full / Increment / ReverseIncrement, or any word with a colour in `typeColors`). */
  type?: string | null;
  /** The chart row, e.g. the backup or repository; one row when no point has a lane. */
  lane?: string | null;
  /** First line of the tooltip. */
  title?: string;
  /** Further tooltip lines. */
  details?: { label: string; value: string }[];
}

export interface RestorePointTimelineProps<P extends TimelinePoint> {
  /** Names the chart for people and screen readers, e.g. "Restore points of sql01". */
  label: string;
  points: readonly P[];
  /** The period shown. */
  from: Date;
  to: Date;
  /** Gaps longer than this many hours are marked. */
  objectiveHours: number;
  /**
   * Gaps to mark. Defaults to gaps between `points` (with `DEFAULT_GAP_TOLERANCE`);
   * pass gaps of the whole history so a gap that began before `from` shows too.
   * Clipped to the period.
   */
  gaps?: readonly Gap[];
  /** How much longer than the objective a gap must be (fraction); named in the caption. */
  gapTolerance?: number;
  /** Clicking a dot; e.g. open that restore point. */
  onPointClick?: (point: P) => void;
  /** Mantine colour per type; defaults to the point type colours of the badges. */
  typeColors?: Record<string, string>;
  typeLabels?: Record<string, string>;
  /** The clock for the open gap; defaults to `to`. */
  now?: Date;
  height?: number;
}

const defaultLabels: Record<string, string> = {
  Full: 'Full',
  Increment: 'Increment',
  ReverseIncrement: 'Reverse increment',
};
const OTHER = 'Other';
/** Pixels of chart width per dot: a dot is about 9 px across, so closer ones only overlap. */
const DOT_SPACING = 6;

interface Datum<P> {
  x: number;
  y: number;
  /** The newest point of its stretch of the chart. */
  point: P;
  /** How many points of its type and lane the dot stands for, and the oldest of them. */
  count: number;
  first: Date;
}

/**
 * Restore points over a period as dots, one row per lane, coloured by type,
 * with stretches longer than the objective shaded. The caption says the same in
 * words; a table of the points next to it stays the accessible source. A dot
 * stands for the points of its few pixels (the newest opens), so the chart's
 * cost follows its width, not the length of the history.
 */
export function RestorePointTimeline<P extends TimelinePoint>(props: RestorePointTimelineProps<P>) {
  const { label, points, from, to, objectiveHours, onPointClick, height } = props;
  const gapTolerance = props.gapTolerance ?? DEFAULT_GAP_TOLERANCE;
  const theme = useMantineTheme();
  const [zone] = useTimeZoneMode();
  const captionId = useId();
  // The chart's width, as its container measures it: it sets how many dots there are.
  const [chartWidth, setChartWidth] = useState(0);
  const columns = Math.max(1, Math.floor(chartWidth / DOT_SPACING));
  const colors = props.typeColors ?? pointTypeColors;
  const labels = { ...defaultLabels, ...props.typeLabels };
  const now = props.now ?? to;
  const lo = from.getTime();
  const hi = to.getTime();

  const visible = useMemo(
    () => points.filter((point) => point.time.getTime() >= lo && point.time.getTime() <= hi),
    [points, lo, hi],
  );
  const gaps = useMemo(
    () =>
      clipGaps(
        props.gaps ??
          findGaps(
            points.map((point) => point.time),
            objectiveHours,
            now,
            { tolerance: gapTolerance },
          ),
        new Date(lo),
        new Date(hi),
      ),
    [props.gaps, points, objectiveHours, now, lo, hi, gapTolerance],
  );
  const lanes = useMemo(() => {
    const names = [...new Set(visible.map((point) => point.lane ?? ''))];
    return names.length > 1 || names[0] ? names.sort((a, b) => a.localeCompare(b)) : [''];
  }, [visible]);
  const series = useMemo(() => {
    const byType = new Map<string, P[]>();
    for (const point of visible) {
      const type = point.type && colors[point.type] ? point.type : OTHER;
      const typed = byType.get(type) ?? [];
      typed.push(point);
      byType.set(type, typed);
    }
    // A fixed order (the named types first), so the legend does not reshuffle with the data.
    const rank = (type: string) => {
      const named = Object.keys(defaultLabels).indexOf(type);
      return named >= 0 ? named : type === OTHER ? Infinity : 100;
    };
    const types = [...byType.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
    return types.map(([type, typed]) => ({
      type,
      name: type === OTHER ? OTHER : (labels[type] ?? type),
      color: getThemeColor(colors[type] ?? 'gray', theme),
      data: thinPoints(typed, lo, hi, columns, (point) => point.lane ?? '').map(
        ({ point, count, first }): Datum<P> => ({
          x: point.time.getTime(),
          y: lanes.indexOf(point.lane ?? ''),
          point,
          count,
          first,
        }),
      ),
    }));
    // labels is rebuilt each render from props; its content only changes with typeLabels.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, lanes, colors, props.typeLabels, theme, lo, hi, columns]);

  const spanDays = (hi - lo) / DAY_MS;
  const tickFormat = (ms: number) => {
    const day = zone === 'utc' ? dayjs(ms).utc() : dayjs(ms);
    return day.format(spanDays > 2 ? 'MMM D' : 'HH:mm');
  };
  const ticks = Array.from({ length: 7 }, (_, i) => lo + ((hi - lo) * i) / 6);
  const showLanes = lanes.length > 1 || Boolean(lanes[0]);
  const laneWidth = showLanes
    ? Math.min(180, 12 + 7 * Math.max(...lanes.map((lane) => lane.length)))
    : 0;
  const chartHeight = height ?? Math.max(140, 70 + lanes.length * 44);
  const stamp = (date: Date) => (zone === 'utc' ? formatUtc(date) : formatLocal(date));
  const objective = formatObjective(objectiveHours);
  const gapWord = gaps.length === 1 ? 'gap' : 'gaps';

  return (
    <Stack gap="xs" component="figure" m={0} aria-labelledby={captionId}>
      {visible.length || gaps.length ? (
        <Box h={chartHeight} aria-hidden data-testid="timeline-chart">
          <ResponsiveContainer width="100%" height="100%" onResize={setChartWidth}>
            <ScatterChart
              margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="var(--mantine-color-default-border)" />
              {gaps.map((gap) => (
                <ReferenceArea
                  key={`${String(gap.start.getTime())}-${String(gap.end.getTime())}`}
                  x1={gap.start.getTime()}
                  x2={gap.end.getTime()}
                  fill="var(--mantine-color-orange-filled)"
                  fillOpacity={0.18}
                  stroke="var(--mantine-color-orange-filled)"
                  strokeOpacity={0.5}
                  ifOverflow="hidden"
                />
              ))}
              <XAxis
                type="number"
                dataKey="x"
                domain={[lo, hi]}
                ticks={ticks}
                tickFormatter={tickFormat}
                stroke="var(--mantine-color-dimmed)"
                fontSize={12}
                allowDataOverflow
              />
              <YAxis
                type="number"
                dataKey="y"
                domain={[-0.5, lanes.length - 0.5]}
                ticks={lanes.map((_, index) => index)}
                tickFormatter={(index: number) => lanes[index] ?? ''}
                width={laneWidth}
                hide={!showLanes}
                stroke="var(--mantine-color-dimmed)"
                fontSize={12}
                reversed
              />
              <ZAxis range={[70, 70]} />
              <Tooltip
                cursor={{ strokeDasharray: '3 3' }}
                isAnimationActive={false}
                content={(tooltip: TooltipContentProps) => (
                  <PointTooltip
                    tooltip={tooltip}
                    labels={labels}
                    stamp={stamp}
                    clickable={Boolean(onPointClick)}
                  />
                )}
              />
              {series.map((entry) => (
                <Scatter
                  key={entry.type}
                  name={entry.name}
                  data={entry.data}
                  fill={entry.color}
                  isAnimationActive={false}
                  cursor={onPointClick ? 'pointer' : undefined}
                  onClick={(item) => {
                    const datum = item.payload as Datum<P> | undefined;
                    if (datum) onPointClick?.(datum.point);
                  }}
                />
              ))}
            </ScatterChart>
          </ResponsiveContainer>
        </Box>
      ) : null}
      <Group gap="md" aria-hidden>
        {series.map((entry) => (
          <Swatch key={entry.type} color={entry.color} round>
            {entry.name}
          </Swatch>
        ))}
        <Swatch color="var(--mantine-color-orange-filled)">Gap longer than {objective}</Swatch>
      </Group>
      <Text component="figcaption" size="sm" id={captionId}>
        {label}:{' '}
        {visible.length === 1 ? '1 restore point' : `${String(visible.length)} restore points`}{' '}
        {visible.length
          ? `from ${stamp(visible.reduce((a, b) => (a.time < b.time ? a : b)).time)} to ${stamp(
              visible.reduce((a, b) => (a.time > b.time ? a : b)).time,
            )}`
          : `between ${stamp(from)} and ${stamp(to)}`}
        ; {gaps.length ? String(gaps.length) : 'no'} {gapWord} longer than {objective}.
        {gapTolerance > 0 ? (
          <Text span size="xs" c="dimmed">
            {' '}
            (A run up to {Math.round(gapTolerance * 100)} % of the objective late does not count as
            a gap.)
          </Text>
        ) : null}
      </Text>
      {gaps.length ? (
        <List size="sm" spacing={2} aria-label={`Gaps longer than ${objective}`}>
          {[...gaps]
            .reverse()
            .slice(0, 5)
            .map((gap) => (
              <List.Item key={`${String(gap.start.getTime())}-${String(gap.end.getTime())}`}>
                {formatDuration(gap.hours)} without a restore point: {stamp(gap.start)} to{' '}
                {gap.open ? 'now' : stamp(gap.end)}
              </List.Item>
            ))}
          {gaps.length > 5 ? <List.Item>and {String(gaps.length - 5)} more</List.Item> : null}
        </List>
      ) : null}
    </Stack>
  );
}

function Swatch({
  color,
  round,
  children,
}: {
  color: string;
  round?: boolean;
  children: ReactNode;
}) {
  return (
    <Group gap={6} wrap="nowrap">
      <Box
        w={12}
        h={12}
        style={{ background: color, borderRadius: round ? '50%' : 2, opacity: round ? 1 : 0.5 }}
      />
      <Text size="xs" c="dimmed">
        {children}
      </Text>
    </Group>
  );
}

function PointTooltip({
  tooltip,
  labels,
  stamp,
  clickable,
}: {
  tooltip: TooltipContentProps;
  labels: Record<string, string>;
  stamp: (date: Date) => string;
  clickable: boolean;
}) {
  const datum = tooltip.payload[0]?.payload as Datum<TimelinePoint> | undefined;
  if (!tooltip.active || !datum) return null;
  const { point, count, first } = datum;
  return (
    <Paper withBorder shadow="sm" p="xs" radius="sm" maw={320}>
      {point.title ? (
        <Text size="sm" fw={600}>
          {point.title}
        </Text>
      ) : null}
      <Text size="xs">{stamp(point.time)}</Text>
      <Text size="xs" c="dimmed">
        {formatUtc(point.time)}
      </Text>
      {point.type ? <Text size="xs">Type: {labels[point.type] ?? point.type}</Text> : null}
      {point.details?.map((detail) => (
        <Text size="xs" key={detail.label} style={{ whiteSpace: 'pre-wrap' }}>
          {detail.label}: {detail.value}
        </Text>
      ))}
      {count > 1 ? (
        <Text size="xs" mt={4}>
          The newest of {String(count)} restore points here, from {stamp(first)}; a shorter period
          shows each.
        </Text>
      ) : null}
      {clickable ? (
        <Text size="xs" c="dimmed" mt={4}>
          Click to open
        </Text>
      ) : null}
    </Paper>
  );
}
