#!/usr/bin/perl
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a `git fast-import` stream for a synthetic lab repository: COMMITS commits on main, each
# rewriting CHANGES of FILES files (LINES lines each, so every version is a new blob), with
# hardware signatures and README claims sprinkled in. Deterministic (fixed seed).
#   perl genrepo.pl COMMITS FILES CHANGES LINES | git fast-import --quiet
use strict;
use warnings;

my ($commits, $files, $changes, $lines) = @ARGV;
die "usage: genrepo.pl COMMITS FILES CHANGES LINES\n" unless $lines;
srand(42);

my @words = qw(model layer tensor batch optimizer loss grad config rank world step epoch shard
               cache buffer stream kernel attention expert router token sequence checkpoint);
my @pool;
for my $i (0 .. 1999) {
    my $n = 4 + int(rand(8));
    push @pool, '    ' . join(' = ', map { $words[int(rand(@words))] . int(rand(1000)) } 1 .. $n);
}
my @signatures = (
    'export NCCL_IB_HCA=mlx5_bond_0,mlx5_bond_1', 'export NCCL_NVLS_ENABLE=1', 'import torch_npu',
    'dist.init_process_group(backend="nccl")', 'export TORCH_CUDA_ARCH_LIST="8.0;9.0"',
    'import flash_attn_interface', 'export PYTORCH_ROCM_ARCH=gfx942', 'dtype = torch.bfloat16',
    'export NCCL_IB_GID_INDEX=3', "os.environ['NVSHMEM_IB_ENABLE_IBGDA'] = '1'",
);
my @claims = ('We trained the model on 512 H800 GPUs.', 'Fine-tuning used 8 A100-80G cards.',
              '我们使用16卡H800进行预训练。', 'Inference runs on a single H20.');
my @exts = qw(py sh py yaml py cu md);

sub content {
    my ($path) = @_;
    my $out = '';
    my $is_md = $path =~ /\.md$/;
    for (1 .. $lines) {
        my $r = rand();
        if ($r < 0.001) {
            $out .= ($is_md ? $claims[int(rand(@claims))] : $signatures[int(rand(@signatures))]) . "\n";
        } else {
            $out .= $pool[int(rand(@pool))] . "\n";
        }
    }
    return $out;
}

my @paths = map { sprintf('src/mod%03d/file%05d.%s', $_ % 100, $_, $exts[$_ % @exts]) } 0 .. $files - 1;
my $time = 1_600_000_000;
for my $c (1 .. $commits) {
    $time += 600;
    my $msg = "commit $c\n";
    print "commit refs/heads/main\n";
    print "author Bench <bench\@example.org> $time +0000\n";
    print "committer Bench <bench\@example.org> $time +0000\n";
    print 'data ', length($msg), "\n$msg";
    my @touched = $c == 1 ? (0 .. $files - 1) : map { int(rand($files)) } 1 .. $changes;
    for my $f (@touched) {
        my $data = content($paths[$f]);
        print "M 100644 inline $paths[$f]\n";
        { use bytes; print 'data ', length($data), "\n"; }
        print $data, "\n";
    }
    if ($c % 97 == 0) {
        my $victim = $paths[int(rand($files))];
        print "D $victim\n"; # history keeps what HEAD lost
    }
    print "\n";
}
